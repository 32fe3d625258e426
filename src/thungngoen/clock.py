"""The clock every operation reads: the wall clock in UTC, or a moment the simulator sets."""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime

_simulated_now: ContextVar[datetime | None] = ContextVar("simulated_now", default=None)


def utc_now() -> datetime:
    """The time every operation stamps: the wall clock, or a simulated moment."""
    return _simulated_now.get() or datetime.now(UTC)


@contextmanager
def simulated_time(moment: datetime) -> Iterator[None]:
    """Operations in this block (in this thread or task) happen at ``moment``: the
    simulator replays months of a pilot economy through the real operations with it."""
    if moment.tzinfo is None:
        raise ValueError("simulated time must be timezone-aware")
    token = _simulated_now.set(moment.astimezone(UTC))
    try:
        yield
    finally:
        _simulated_now.reset(token)
