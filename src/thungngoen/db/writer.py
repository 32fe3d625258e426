"""One writer thread per process, committing many units of work together.

A web server runs many requests at once, but SQLite has a single write lock, and
threads that wait for it in SQLite's busy handler sleep in growing steps (up to 100 ms),
which wrecks latency. So a server hands every write unit of work to one writer thread.
The writer takes whatever units have queued up, runs each inside its own SAVEPOINT of
one transaction — a unit that raises is rolled back alone and its caller gets the
error — and commits them all with one durable commit (one fsync). Each caller waits
until its unit is committed. On PostgreSQL this is group commit for the same price.

``write_transaction(engine, work)`` uses the writer attached to ``engine`` if there is
one (``attach_writer``); a unit that itself calls ``write_transaction`` runs inline.
"""

import queue
import threading
import time
import weakref
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine

Unit = tuple[Callable[[Connection], Any], "Future[Any]"]
RunGroup = Callable[[Connection, list[Unit]], None]
"""Runs a gathered group of units on the writer's connection (``transactions.run_group``:
handed in, so that this module does not import the transactions that use it)."""

_WRITERS: "weakref.WeakKeyDictionary[Engine, Writer]" = weakref.WeakKeyDictionary()


class Writer:
    def __init__(self, engine: Engine, run_group: RunGroup, max_group: int = 256) -> None:
        self._engine = engine
        self._run_group = run_group
        self._max_group = max_group
        self._queue: queue.SimpleQueue[Unit | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._loop, name="db-writer", daemon=True)
        self._thread.start()

    @property
    def on_writer_thread(self) -> bool:
        return threading.current_thread() is self._thread

    def submit(self, work: Callable[[Connection], Any]) -> "Future[Any]":
        future: Future[Any] = Future()
        self._queue.put((work, future))
        return future

    def run(self, work: Callable[[Connection], Any]) -> Any:
        return self.submit(work).result()

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join()

    def _loop(self) -> None:
        with self._engine.connect() as connection:
            while (first := self._queue.get()) is not None:
                group = gather(self._queue, first, self._max_group)
                self._run_group(connection, group)


Q = TypeVar("Q")


def gather(
    waiting: "queue.SimpleQueue[Q | None]",
    first: Q,
    max_group: int,
    *,
    expected: int = 1,
    linger: float = 0.0,
) -> list[Q]:
    """``first`` and what else has queued up, up to ``max_group``. While the group is
    smaller than ``expected``, wait up to ``linger`` seconds for more (callers woken by
    the previous commit need a moment to come back). A ``None`` (close) stays queued."""
    group = [first]
    deadline = time.monotonic() + linger
    while len(group) < max_group:
        wait = deadline - time.monotonic() if len(group) < expected else 0
        try:
            item = waiting.get(timeout=max(wait, 0)) if wait > 0 else waiting.get_nowait()
        except queue.Empty:
            break
        if item is None:
            waiting.put(None)
            break
        group.append(item)
    return group


def attach_writer(engine: Engine, run_group: RunGroup) -> Writer:
    writer = _WRITERS.get(engine)
    if writer is None:
        writer = _WRITERS[engine] = Writer(engine, run_group)
    return writer


def writer_for(engine: Engine) -> Writer | None:
    return _WRITERS.get(engine)


def detach_writer(engine: Engine) -> None:
    writer = _WRITERS.pop(engine, None)
    if writer is not None:
        writer.close()


def settle(group: list[Unit], outcomes: list[tuple[bool, Any]]) -> None:
    for (_, future), (ok, value) in zip(group, outcomes, strict=True):
        if ok:
            future.set_result(value)
        else:
            future.set_exception(value)


def fail_all(group: list[Unit], error: BaseException) -> None:
    for _, future in group:
        if not future.done():
            future.set_exception(error)


def pause_before_retry(attempt: int) -> None:
    time.sleep(min(0.05, 0.001 * 2**attempt))
