"""The attempt limiter (log-in now, PIN entry later)."""

from thungngoen.web.ratelimit import RateLimiter


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_failures_block_until_the_window_has_passed() -> None:
    clock = FakeClock()
    limiter = RateLimiter(max_attempts=3, window_seconds=60, clock=clock)
    for _ in range(2):
        limiter.fail("phone:1")
    assert not limiter.blocked("phone:1")
    limiter.fail("phone:1")
    assert limiter.blocked("phone:1")
    assert limiter.blocked("ip:9", "phone:1")
    assert not limiter.blocked("phone:2")
    clock.now += 59
    assert limiter.blocked("phone:1")
    clock.now += 1
    assert not limiter.blocked("phone:1")


def test_reset_forgets_a_key() -> None:
    limiter = RateLimiter(max_attempts=1, window_seconds=60)
    limiter.fail("phone:1", "ip:9")
    limiter.reset("phone:1")
    assert not limiter.blocked("phone:1")
    assert limiter.blocked("ip:9")
