"""Raising a notification: one INSERT in the caller's transaction, so a rolled-back
operation notifies nobody and a committed one always does (the outbox pattern)."""

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import Connection, insert

from thungngoen.db.prepared import Prepared
from thungngoen.notify.kinds import NotificationKind
from thungngoen.notify.tables import notifications

_INSERT = Prepared(
    insert(notifications),
    ["user_id", "kind", "category", "urgent", "data", "created_at"],
)
"""Run on the payment path: a prepared statement (see thungngoen.db.prepared)."""


def notify(
    connection: Connection,
    kind: NotificationKind,
    user_id: int,
    now: datetime,
    values: Mapping[str, object],
) -> None:
    """Tell ``user_id`` about ``kind`` with these values (checked against the kind)."""
    kind.check(values)
    _INSERT.execute(
        connection,
        {
            "user_id": user_id,
            "kind": kind.code,
            "category": kind.category,
            "urgent": kind.urgent,
            "data": dict(values),
            "created_at": now,
        },
    )
