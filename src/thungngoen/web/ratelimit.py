"""In-memory attempt limits, one process only (enough for the pilot's single server).

Passwords and PINs: ``web.backoff`` rules over the keys below. ``RateLimiter`` (at most
``max_attempts`` failures per key within ``window_seconds``) serves the voucher codes."""

import threading
import time
from collections import deque
from collections.abc import Callable

from fastapi import Request

from thungngoen.thai import normalize_phone
from thungngoen.web.backoff import Keys, Rule


class RateLimiter:
    def __init__(
        self,
        max_attempts: int = 5,
        window_seconds: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_attempts = max_attempts
        self.window_seconds = window_seconds
        self._clock = clock
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        failures = self._failures.setdefault(key, deque())
        while failures and now - failures[0] >= self.window_seconds:
            failures.popleft()
        return failures

    def blocked(self, *keys: str) -> bool:
        """True when any of the keys has used up its attempts."""
        now = self._clock()
        with self._lock:
            return any(len(self._recent(key, now)) >= self.max_attempts for key in keys)

    def fail(self, *keys: str) -> None:
        now = self._clock()
        with self._lock:
            if len(self._failures) > 100_000:
                self._failures.clear()
            for key in keys:
                self._recent(key, now).append(now)

    def reset(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def attempt_keys(request: Request, kind: str, user_id: int) -> tuple[str, str]:
    """The keys limiting ``kind`` attempts per address and per user."""
    return f"{kind}-ip:{client_address(request)}", f"{kind}-user:{user_id}"


PASSWORD_FROM_ADDRESS_TO_ACCOUNT = Rule(free=5)
PASSWORD_FOR_ACCOUNT = Rule(free=10)
"""Across addresses: a guesser with many addresses still slows down. The price: anyone can
keep an account waiting (at most ``max_wait`` at a time); a device allowance is open."""
PASSWORD_FROM_ADDRESS = Rule(free=100, max_wait=60 * 60.0)
"""Failures only, and many: a mobile carrier puts thousands of honest people behind one
address (NAT), and one guesser among them must not lock them all out."""
PIN_FOR_MEMBER = Rule(free=5)
PIN_FROM_ADDRESS = Rule(free=50, max_wait=60 * 60.0)


def _account(phone: str) -> str:
    try:
        return normalize_phone(phone)
    except ValueError:
        return phone.strip()


def login_keys(request: Request, phone: str) -> Keys:
    """The keys of a password attempt: the address with the account, the account, the
    address. The page log-in, the API log-in and the password checks of the settings (a
    PIN or password change) count together."""
    account, address = _account(phone), client_address(request)
    return (
        (f"login-pair:{address}|{account}", PASSWORD_FROM_ADDRESS_TO_ACCOUNT),
        (f"login-phone:{account}", PASSWORD_FOR_ACCOUNT),
        (f"login-ip:{address}", PASSWORD_FROM_ADDRESS),
    )


def pin_keys(request: Request, user_id: int) -> Keys:
    """The keys of a PIN attempt on a page: the member, the address (the database locks the
    member's payments at the fifth wrong PIN in a row besides)."""
    return (
        (f"pin-user:{user_id}", PIN_FOR_MEMBER),
        (f"pin-ip:{client_address(request)}", PIN_FROM_ADDRESS),
    )
