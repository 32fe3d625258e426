"""Fan-out: the notifications still in the outbox become deliveries, one per channel the
person can be reached on (on Web Push one per browser) and has not switched off for that
category (mandatory kinds go everywhere). What can wait is due when quiet hours end;
urgent ones are due at once.

On PostgreSQL several workers fan out side by side: each takes its rows ``FOR UPDATE SKIP
LOCKED``; SQLite has one writer, so one worker."""

from collections import defaultdict
from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, insert, select, update

from thungngoen.communication.push_subscriptions import endpoints_of
from thungngoen.communication.quiet import next_loud_moment
from thungngoen.communication.tables import addresses, deliveries, preferences, settings
from thungngoen.notify import kind_named
from thungngoen.notify.tables import notifications

BATCH = 500


def fan_out(connection: Connection, channels: Collection[str], now: datetime) -> int:
    """Turn up to ``BATCH`` outbox notifications into deliveries on ``channels`` (the
    channels this server can send on); returns how many notifications were taken."""
    query = (
        select(notifications)
        .where(notifications.c.fanned_out_at.is_(None))
        .order_by(notifications.c.id)
        .limit(BATCH)
        .with_for_update(skip_locked=True)
    )
    rows = connection.execute(query).all()
    if not rows:
        return 0
    reach = _reach(connection, {row.user_id for row in rows}, channels)
    values = [value for row in rows for value in _deliveries(row, reach, now)]
    if values:
        connection.execute(insert(deliveries), values)
    taken = [row.id for row in rows]
    connection.execute(
        update(notifications).where(notifications.c.id.in_(taken)).values(fanned_out_at=now)
    )
    return len(rows)


class _Reach:
    def __init__(self) -> None:
        self.addresses: dict[int, list[tuple[str, str]]] = defaultdict(list)
        """Per person, (channel, address): one on most channels, one per browser on Web
        Push."""
        self.off: set[tuple[int, str, str]] = set()
        self.quiet: dict[int, bool] = {}


def _reach(connection: Connection, users: set[int], channels: Collection[str]) -> _Reach:
    reach = _Reach()
    found = select(addresses).where(
        addresses.c.user_id.in_(users), addresses.c.channel.in_(list(channels))
    )
    for row in connection.execute(found):
        reach.addresses[row.user_id].append((row.channel, row.address))
    if "webpush" in channels:
        for user_id, endpoints in endpoints_of(connection, users).items():
            reach.addresses[user_id].extend(("webpush", endpoint) for endpoint in endpoints)
    off = select(preferences).where(preferences.c.user_id.in_(users), ~preferences.c.enabled)
    reach.off = {(r.user_id, r.category, r.channel) for r in connection.execute(off)}
    quiet = select(settings.c.user_id, settings.c.quiet_hours).where(settings.c.user_id.in_(users))
    reach.quiet = {row.user_id: row.quiet_hours for row in connection.execute(quiet)}
    return reach


def _deliveries(row: Row[Any], reach: _Reach, now: datetime) -> Sequence[dict[str, Any]]:
    kind = kind_named(row.kind)
    waits = not kind.urgent and reach.quiet.get(row.user_id, True)
    due = next_loud_moment(now) if waits else now
    return [
        {
            "notification_id": row.id,
            "channel": channel,
            "address": address,
            "status": "queued",
            "attempts": 0,
            "due_at": due,
        }
        for channel, address in reach.addresses[row.user_id]
        if kind.mandatory or (row.user_id, row.category, channel) not in reach.off
    ]
