"""The notifications: one row per person and event, written in the transaction of the
operation that raised it. It is the outbox (the delivery worker fans it out to channels)
and the in-app inbox (``read_at``)."""

from sqlalchemy import JSON, BigInteger, Boolean, Column, ForeignKey, Index, Integer, String, Table

from thungngoen.db.metadata import metadata
from thungngoen.db.types import UtcDateTime

Id = BigInteger().with_variant(Integer(), "sqlite")

notifications = Table(
    "notify_notifications",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("user_id", Id, ForeignKey("auth_users.id"), nullable=False),
    Column("kind", String(60), nullable=False),
    Column("category", String(20), nullable=False),
    Column("urgent", Boolean, nullable=False),
    Column("data", JSON, nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("read_at", UtcDateTime()),
    Column("fanned_out_at", UtcDateTime(), comment="NULL: still in the outbox"),
    Index("ix_notify_notifications_user", "user_id", "id"),
    Index("ix_notify_notifications_outbox", "fanned_out_at", "id"),
)

once = Table(
    "notify_once",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("created_at", UtcDateTime(), nullable=False),
    comment="What a scheduled job has told already (notify.scheduled.notify_once)",
)
