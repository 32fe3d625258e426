"""Column types that behave the same on SQLite and PostgreSQL."""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in and out; SQLite would otherwise hand back naive ones."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        moment: datetime = value
        if moment.tzinfo is None:
            return moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC)


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
