"""The backoff limiter: free failures, then doubling waits up to a ceiling, forgotten
after a quiet hour; a success forgets the keys named."""

from thungngoen.web.backoff import Backoff, Rule

RULE = Rule(free=3, first_wait=10, max_wait=40, forget_after=100)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_waits_double_up_to_the_ceiling() -> None:
    clock = Clock()
    backoff, keys = Backoff(clock), [("phone:1", RULE)]
    for _ in range(2):
        backoff.fail(keys)
    assert backoff.wait(keys) == 0
    waits = []
    for _ in range(4):
        backoff.fail(keys)
        waits.append(backoff.wait(keys))
    assert waits == [10, 20, 40, 40]
    clock.now += 40
    assert backoff.wait(keys) == 0


def test_the_longest_wait_of_the_keys_counts() -> None:
    backoff = Backoff(Clock())
    backoff.fail([("ip:9", Rule(free=1, first_wait=5)), ("phone:1", Rule(free=5))])
    assert backoff.wait([("ip:9", RULE), ("phone:2", RULE)]) == 5
    assert backoff.wait([("phone:1", RULE)]) == 0


def test_a_quiet_key_and_a_success_start_over() -> None:
    clock = Clock()
    backoff, keys = Backoff(clock), [("phone:1", RULE), ("ip:9", RULE)]
    for _ in range(3):
        backoff.fail(keys)
    clock.now += 101
    backoff.fail(keys)
    assert backoff.wait(keys) == 0
    backoff.fail(keys)
    backoff.succeed("phone:1")
    backoff.fail(keys)
    assert backoff.wait(keys[:1]) == 0
    assert backoff.wait(keys[1:]) == 10
