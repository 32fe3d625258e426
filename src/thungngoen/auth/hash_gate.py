"""A bound on concurrent password hashing.

Argon2id at production cost takes 64 MiB and a core for a good part of a second; forty
logins at once took the server to 1.1 GB and every other request to seconds. At most
``limit`` hashes run at once, at most ``queue`` more wait (each at most ``wait_seconds``);
beyond that a request is refused at once with ``PasswordChecksBusy`` (503, retry soon)
rather than piling up threads and memory.

The gate blocks its caller's thread: hash only in a worker thread, never on the event loop
nor on the engine's writer thread (a wait there would stall every write).
"""

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from thungngoen.auth import errors

BUSY = "too many password checks at once; try again in a moment"


class HashGate:
    def __init__(self, limit: int, queue: int, wait_seconds: float) -> None:
        self.limit, self.queue, self.wait_seconds = limit, queue, wait_seconds
        self._slots = threading.Semaphore(limit)
        self._lock = threading.Lock()
        self.active = 0
        self.waiting = 0
        self.peak = 0
        """The most hashes ever seen running at once (for tests and the bench)."""

    def _enter_queue(self) -> None:
        with self._lock:
            if self.waiting >= self.queue:
                raise errors.PasswordChecksBusy(BUSY)
            self.waiting += 1

    def _acquire(self) -> None:
        if self._slots.acquire(blocking=False):
            return
        self._enter_queue()
        try:
            acquired = self._slots.acquire(timeout=self.wait_seconds)
        finally:
            with self._lock:
                self.waiting -= 1
        if not acquired:
            raise errors.PasswordChecksBusy(BUSY)

    @contextmanager
    def slot(self) -> Iterator[None]:
        self._acquire()
        with self._lock:
            self.active += 1
            self.peak = max(self.peak, self.active)
        try:
            yield
        finally:
            with self._lock:
                self.active -= 1
            self._slots.release()
