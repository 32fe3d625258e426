"""Notifications raised by time rather than by an operation: an instalment falls due, a
meeting is tomorrow, coin is about to expire, a person's weekly digest is ready.

An area declares its jobs (``Area.scheduled``: a tuple of ``Scheduled``); the delivery
worker runs each job every ``every``. A job finds what is due at ``now`` and raises it
through ``notify_once`` with a key naming what it is about (``savings.instalment_due:
loan 12:2026-12-10``), so a job run twice, or by two workers at once, tells nobody twice.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import Connection, insert
from sqlalchemy.dialects import postgresql, sqlite

from thungngoen import areas
from thungngoen.notify import errors
from thungngoen.notify.kinds import NotificationKind
from thungngoen.notify.raising import notify
from thungngoen.notify.tables import notifications, once

KEY_LENGTH = 200


@dataclass(frozen=True)
class Scheduled:
    name: str
    """``<area>.<what>``, shown in the worker's log and ``thungngoen notify scheduled``."""
    run: Callable[[Connection, datetime], int]
    """Raises what is due at the moment given; answers how many it raised."""
    every: timedelta = timedelta(minutes=10)


def notify_once(
    connection: Connection,
    key: str,
    kind: NotificationKind,
    user_id: int,
    now: datetime,
    values: Mapping[str, object],
) -> bool:
    """``notify`` unless a notification with this key was raised before; answers whether
    it was raised now. The key and the notification are written in one transaction."""
    if not key or len(key) > KEY_LENGTH:
        raise errors.NotifyError(f"a once-key must have 1 to {KEY_LENGTH} characters")
    if not _claim_key(connection, key, now):
        return False
    notify(connection, kind, user_id, now, values)
    return True


def notify_once_many(
    connection: Connection,
    kind: NotificationKind,
    told: Sequence[tuple[str, int, Mapping[str, object]]],
    now: datetime,
) -> set[str]:
    """``notify_once`` for many ``(key, user id, values)`` at once — one statement claims
    the keys, one writes the notifications (a digest job tells a thousand people in a
    batch); answers the keys told now."""
    for key, _, values in told:
        if not key or len(key) > KEY_LENGTH:
            raise errors.NotifyError(f"a once-key must have 1 to {KEY_LENGTH} characters")
        kind.check(values)
    if not told:
        return set()
    dialect: Any = postgresql if connection.dialect.name == "postgresql" else sqlite
    statement = (
        dialect.insert(once)
        .values([{"key": key, "created_at": now} for key, _, _ in told])
        .on_conflict_do_nothing(index_elements=["key"])
        .returning(once.c.key)
    )
    claimed = set(connection.execute(statement).scalars())
    rows = [
        {
            "user_id": user_id,
            "kind": kind.code,
            "category": kind.category,
            "urgent": kind.urgent,
            "data": dict(values),
            "created_at": now,
        }
        for key, user_id, values in told
        if key in claimed
    ]
    if rows:
        connection.execute(insert(notifications), rows)
    return claimed


def _claim_key(connection: Connection, key: str, now: datetime) -> bool:
    dialect: Any = postgresql if connection.dialect.name == "postgresql" else sqlite
    statement = (
        dialect.insert(once)
        .values(key=key, created_at=now)
        .on_conflict_do_nothing(index_elements=["key"])
        .returning(once.c.key)
    )
    # RETURNING, not rowcount: psycopg answers -1 for this statement as SQLAlchemy sends it
    return connection.execute(statement).first() is not None


@cache
def all_scheduled() -> tuple[Scheduled, ...]:
    found: dict[str, Scheduled] = {}
    for area in areas.AREAS:
        if not area.scheduled:
            continue
        for job in areas.load(area.scheduled):
            if job.name in found:
                raise errors.UnknownKind(f"two scheduled jobs are called {job.name}")
            found[job.name] = job
    return tuple(found.values())


class Timetable:
    """When each job last ran, in one worker: a job is due when ``every`` has passed."""

    def __init__(self, jobs: tuple[Scheduled, ...] | None = None) -> None:
        self._jobs = all_scheduled() if jobs is None else jobs
        self._last: dict[str, datetime] = {}

    def due(self, now: datetime) -> list[Scheduled]:
        due = [
            job
            for job in self._jobs
            if job.name not in self._last or now - self._last[job.name] >= job.every
        ]
        for job in due:
            self._last[job.name] = now
        return due
