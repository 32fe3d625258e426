"""In-memory attempt limits (log-in now, PIN entry later): at most ``max_attempts`` failures
per key within ``window_seconds``. One process only; enough for the pilot's single server."""

import threading
import time
from collections import deque
from collections.abc import Callable

from fastapi import Request

from thungngoen.thai import normalize_phone


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


def login_keys(request: Request, phone: str) -> tuple[str, str]:
    """The keys limiting password attempts: per phone (its account) and per address. The
    page log-in, the API log-in and the password check of a PIN change count together."""
    try:
        account = normalize_phone(phone)
    except ValueError:
        account = phone.strip()
    return f"login-phone:{account}", f"login-ip:{client_address(request)}"
