"""Digests like Komunitin's newsletter: weekly or monthly, each person's balance and what
changed, the community's news, coming events and the network's figures — the sections
the areas declare (``notify.all_sections``).

The job ``communication.digests`` runs every 15 seconds. Once a period is due (Monday 08:00,
the 1st at 08:00, Thai time) it goes through the people whose choice is that frequency
in batches of ``BATCH``, one batch per run, each run its own short transaction (a
hundred thousand people never hold the writer for long), keeping its place in
``comm_digest_runs``. Each digest is stored (``comm_digests``) and told through
``notify_once`` keyed ``digest:<frequency>:<user>:<period>``: told once, however often
the job runs. A person with nothing to be told gets nothing."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from thungngoen import notify
from thungngoen.auth.tables import users
from thungngoen.communication import errors
from thungngoen.communication.digest_periods import DEFAULT, Period, due_period, so_far
from thungngoen.communication.notifications import DIGEST
from thungngoen.communication.tables import digest_runs, digests, settings
from thungngoen.thai import in_thai_time

BATCH = 1_000
JOB_FREQUENCIES = ("weekly", "monthly")


@dataclass(frozen=True, slots=True)
class Digest:
    id: int | None
    """``None``: a preview, not stored."""
    frequency: str
    since: datetime
    until: datetime
    content: notify.Content

    @property
    def first_day(self) -> date:
        return in_thai_time(self.since).date()

    @property
    def last_day(self) -> date:
        """The last Thai day it covers (``until`` is exclusive)."""
        return in_thai_time(self.until - timedelta(microseconds=1)).date()


def tell(connection: Connection, period: Period, user_ids: list[int], now: datetime) -> int:
    """Gather, store and tell the digests of ``period`` to ``user_ids`` (those who have
    not had it); answers how many were told."""
    had = select(digests.c.user_id).where(
        digests.c.frequency == period.frequency,
        digests.c.period == period.label,
        digests.c.user_id.in_(user_ids),
    )
    had_it = set(connection.execute(had).scalars())
    waiting = [user_id for user_id in user_ids if user_id not in had_it]
    contents = notify.gather_digest(connection, waiting, period.since, period.until)
    if not contents:
        return 0
    rows = [_row(period, user_id, content, now) for user_id, content in contents.items()]
    stored = connection.execute(
        insert(digests).returning(digests.c.id, digests.c.user_id), rows
    ).all()
    days = {"first": period.first_day.isoformat(), "last": period.last_day.isoformat()}
    told: list[tuple[str, int, Mapping[str, object]]] = [
        (period.key(user_id), user_id, {"digest": digest_id, **days})
        for digest_id, user_id in stored
    ]
    claimed = notify.notify_once_many(connection, DIGEST, told, now)
    untold = [digest_id for digest_id, user_id in stored if period.key(user_id) not in claimed]
    if untold:  # told before (an operator's --send has another key: not these)
        connection.execute(delete(digests).where(digests.c.id.in_(untold)))
    return len(claimed)


def _row(period: Period, user_id: int, content: notify.Content, now: datetime) -> dict[str, Any]:
    return {
        "user_id": user_id,
        "frequency": period.frequency,
        "period": period.label,
        "since": period.since,
        "until": period.until,
        "content": content,
        "created_at": now,
    }


def run(connection: Connection, now: datetime) -> int:
    """The scheduled job: the next batch of each due period."""
    return sum(_advance(connection, due_period(f, now), now) for f in JOB_FREQUENCIES)


def _advance(connection: Connection, period: Period, now: datetime) -> int:
    mine = (digest_runs.c.frequency == period.frequency) & (digest_runs.c.period == period.label)
    progress = connection.execute(select(digest_runs).where(mine).with_for_update()).first()
    if progress is None:
        row = {"frequency": period.frequency, "period": period.label, "last_user_id": 0}
        connection.execute(insert(digest_runs).values(row))
        last = 0
    elif progress.done_at is not None:
        return 0
    else:
        last = progress.last_user_id
    chosen = func.coalesce(settings.c.digest, DEFAULT) == period.frequency
    people = list(
        connection.execute(
            select(users.c.id)
            .outerjoin(settings, settings.c.user_id == users.c.id)
            .where(users.c.id > last, users.c.status == "active", chosen)
            .order_by(users.c.id)
            .limit(BATCH)
        ).scalars()
    )
    raised = tell(connection, period, people, now) if people else 0
    done = now if len(people) < BATCH else None
    moved = {"last_user_id": people[-1] if people else last, "done_at": done}
    connection.execute(update(digest_runs).where(mine).values(moved))
    return raised


def preview(connection: Connection, user_id: int, frequency: str, now: datetime) -> Digest:
    """``user_id``'s digest of this week (or month) so far, not stored: the page "my
    digest now" and ``thungngoen notify digest``. Its content is empty when there is
    nothing to tell."""
    period = so_far(frequency if frequency != "never" else DEFAULT, now)
    found = notify.gather_digest(connection, [user_id], period.since, period.until)
    return Digest(None, period.frequency, period.since, period.until, found.get(user_id, {}))


def send_now(connection: Connection, user_id: int, frequency: str, now: datetime) -> int:
    """Tell ``user_id`` their digest so far at once (an operator's ``--send``); answers
    how many were told (0: nothing to tell)."""
    period = so_far(frequency if frequency != "never" else DEFAULT, now)
    return tell(connection, period, [user_id], now)


def digest_of(connection: Connection, user_id: int, digest_id: int) -> Digest:
    """One of ``user_id``'s digests (another person's is not found)."""
    row = connection.execute(
        select(digests).where(digests.c.id == digest_id, digests.c.user_id == user_id)
    ).first()
    if row is None:
        raise errors.UnknownDigest("no such digest of yours")
    return Digest(row.id, row.frequency, row.since, row.until, row.content)


def frequency_of(connection: Connection, user_id: int) -> str:
    found = connection.execute(select(settings.c.digest).where(settings.c.user_id == user_id))
    return found.scalar_one_or_none() or DEFAULT


SCHEDULED = (notify.Scheduled("communication.digests", run, every=timedelta(seconds=15)),)
