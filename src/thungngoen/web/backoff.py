"""Attempt limits with exponential backoff, in memory (one process: the pilot's server).

Each key (an account, an address, an address with an account) follows a ``Rule``: its first
``free`` failures cost nothing; from then on each failure refuses the key for a wait that
doubles (``first_wait``, twice that, … up to ``max_wait``). A key quiet for
``forget_after`` seconds starts over; a success forgets the keys the caller names.
"""

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Rule:
    free: int
    first_wait: float = 60.0
    max_wait: float = 15 * 60.0
    forget_after: float = 60 * 60.0


@dataclass(slots=True)
class _Failures:
    count: int
    last: float
    blocked_until: float


Keys = Sequence[tuple[str, Rule]]
MAX_KEYS = 100_000


class Backoff:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._keys: dict[str, _Failures] = {}
        self._lock = threading.Lock()

    def wait(self, keys: Keys) -> float:
        """Seconds until every key may try again (0: go ahead)."""
        now = self._clock()
        with self._lock:
            found = [self._keys.get(name) for name, _rule in keys]
        return max([entry.blocked_until - now for entry in found if entry] + [0.0])

    def fail(self, keys: Keys) -> None:
        now = self._clock()
        with self._lock:
            if len(self._keys) >= MAX_KEYS:
                self._prune(now)
            for name, rule in keys:
                self._fail(name, rule, now)

    def _fail(self, name: str, rule: Rule, now: float) -> None:
        entry = self._keys.get(name)
        if entry is None or now - entry.last > rule.forget_after:
            entry = self._keys[name] = _Failures(0, now, 0.0)
        entry.count, entry.last = entry.count + 1, now
        over = entry.count - rule.free
        if over >= 0:
            entry.blocked_until = now + min(rule.first_wait * 2**over, rule.max_wait)

    def succeed(self, *names: str) -> None:
        with self._lock:
            for name in names:
                self._keys.pop(name, None)

    def _prune(self, now: float) -> None:
        """Drop the keys not refusing anyone; if all still refuse, start over."""
        self._keys = {k: v for k, v in self._keys.items() if v.blocked_until > now}
        if len(self._keys) >= MAX_KEYS:
            self._keys.clear()
