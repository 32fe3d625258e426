"""A delivery's life: claimed by a worker, then sent, retried later, or dead.

A claim is committed before the message leaves, so a worker killed mid-send leaves its
claims behind; they are taken again once their lease has run out. The message then goes
out a second time with the same idempotency key: channels that honour one (LINE's retry
key) send it once; those that do not (SMTP) may send it twice, and say so (``idempotent``
on the channel). Failures back off exponentially; after the last attempt a delivery is
dead until an operator retries it."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Row, Select, and_, or_, select, update

from thungngoen import audit
from thungngoen.communication.errors import DeliveryNotDead
from thungngoen.communication.tables import deliveries, settings
from thungngoen.notify.tables import notifications

LEASE = timedelta(minutes=5)
MAX_ATTEMPTS = 6
FIRST_BACKOFF = timedelta(seconds=30)
LONGEST_BACKOFF = timedelta(hours=6)
MAX_ERROR = 500


@dataclass(frozen=True, slots=True)
class Claimed:
    id: int
    channel: str
    address: str
    attempts: int
    user_id: int
    kind: str
    data: dict[str, Any]
    language: str
    created_at: datetime
    """When the notification was raised (a receipt shows it)."""

    @property
    def idempotency_key(self) -> str:
        return f"thungngoen-delivery-{self.id}"


def claim(connection: Connection, channel: str, now: datetime, limit: int) -> list[Claimed]:
    """Up to ``limit`` due deliveries on ``channel``, with any whose claim has expired."""
    rows = connection.execute(due(channel, now).limit(limit)).all()
    if not rows:
        return []
    connection.execute(
        update(deliveries)
        .where(deliveries.c.id.in_([row.id for row in rows]))
        .values(status="sending", claimed_at=now, attempts=deliveries.c.attempts + 1)
    )
    return [claimed(row) for row in rows]


def due(channel: str, now: datetime, columns: Select[Any] | None = None) -> Select[Any]:
    """The deliveries due on ``channel`` (queued and due, or claimed by a worker whose
    lease ran out), oldest first, locked for this transaction (``SKIP LOCKED``); the
    claim's columns unless others are asked."""
    ready = or_(
        and_(deliveries.c.status == "queued", deliveries.c.due_at <= now),
        and_(deliveries.c.status == "sending", deliveries.c.claimed_at < now - LEASE),
    )
    return (
        (claim_columns() if columns is None else columns)
        .where(deliveries.c.channel == channel, ready)
        .order_by(deliveries.c.due_at, deliveries.c.id)
        .with_for_update(of=deliveries, skip_locked=True)
    )


def claim_columns() -> Select[Any]:
    return (
        select(
            deliveries.c.id,
            deliveries.c.channel,
            deliveries.c.address,
            deliveries.c.attempts,
            deliveries.c.batch_key,
            notifications.c.user_id,
            notifications.c.kind,
            notifications.c.data,
            notifications.c.created_at,
            settings.c.language,
        )
        .join(notifications, notifications.c.id == deliveries.c.notification_id)
        .outerjoin(settings, settings.c.user_id == notifications.c.user_id)
    )


def claimed(row: Row[Any]) -> Claimed:
    """The claim of ``row`` (one more attempt than it had)."""
    return Claimed(
        row.id,
        row.channel,
        row.address,
        row.attempts + 1,
        row.user_id,
        row.kind,
        row.data,
        row.language or "th",
        row.created_at,
    )


def record_sent(connection: Connection, delivery_id: int, now: datetime, ref: str) -> None:
    connection.execute(
        update(deliveries)
        .where(deliveries.c.id == delivery_id)
        .values(status="sent", sent_at=now, provider_ref=ref[:200], last_error=None)
    )


def record_failure(
    connection: Connection, claimed: Claimed, now: datetime, error: str, *, permanent: bool
) -> str:
    """Try again later (backing off), or dead when permanent or out of attempts."""
    dead = permanent or claimed.attempts >= MAX_ATTEMPTS
    wait = min(FIRST_BACKOFF * 2 ** (claimed.attempts - 1), LONGEST_BACKOFF)
    status = "dead" if dead else "queued"
    connection.execute(
        update(deliveries)
        .where(deliveries.c.id == claimed.id)
        .values(status=status, due_at=now + wait, last_error=error[:MAX_ERROR])
    )
    return status


def retry_dead(connection: Connection, delivery_id: int, now: datetime, actor: str) -> None:
    """An operator sends a dead delivery again, from a fresh count of attempts."""
    row = connection.execute(
        select(deliveries.c.status).where(deliveries.c.id == delivery_id)
    ).first()
    if row is None or row.status != "dead":
        raise DeliveryNotDead("only a dead delivery can be retried")
    connection.execute(
        update(deliveries)
        .where(deliveries.c.id == delivery_id)
        .values(status="queued", due_at=now, attempts=0, claimed_at=None, batch_key=None)
    )
    audit.record(
        connection,
        actor=actor,
        action="delivery.retry",
        subject_type="delivery",
        subject_id=delivery_id,
        before={"status": "dead"},
        after={"status": "queued"},
    )
