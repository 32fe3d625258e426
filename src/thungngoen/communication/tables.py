"""The communication area's tables: where each person is reached, what they want to be
told where, and every delivery of a notification on a channel with its status."""

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    UniqueConstraint,
)

from thungngoen.db.metadata import metadata
from thungngoen.db.types import UtcDateTime

Id = BigInteger().with_variant(Integer(), "sqlite")

addresses = Table(
    "comm_addresses",
    metadata,
    Column("user_id", Id, ForeignKey("auth_users.id"), primary_key=True),
    Column("channel", String(10), primary_key=True),
    Column("address", String(500), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
)
"""A person's address on a channel: an email address, a LINE user id, a phone for SMS."""

settings = Table(
    "comm_settings",
    metadata,
    Column("user_id", Id, ForeignKey("auth_users.id"), primary_key=True),
    Column("language", String(2), nullable=False),
    Column("quiet_hours", Boolean, nullable=False),
    Column("digest", String(10), nullable=False, server_default="weekly"),
)
"""A person's language for messages, whether quiet hours hold and how often their digest
comes (default: Thai, yes, weekly)."""

preferences = Table(
    "comm_preferences",
    metadata,
    Column("user_id", Id, ForeignKey("auth_users.id"), primary_key=True),
    Column("category", String(20), primary_key=True),
    Column("channel", String(10), primary_key=True),
    Column("enabled", Boolean, nullable=False),
)
"""Only the switched-off pairs need a row: a channel the person has is on by default."""

deliveries = Table(
    "comm_deliveries",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("notification_id", Id, ForeignKey("notify_notifications.id"), nullable=False),
    Column("channel", String(10), nullable=False),
    Column("address", String(500), nullable=False),
    Column("status", String(10), nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("due_at", UtcDateTime(), nullable=False),
    Column("claimed_at", UtcDateTime()),
    Column("sent_at", UtcDateTime()),
    Column("provider_ref", String(200)),
    Column("last_error", String(500)),
    Column("delivered_at", UtcDateTime(), comment="When the channel reported it delivered"),
    Column("batch_key", String(36)),
    UniqueConstraint("notification_id", "channel", "address", name="uq_comm_deliveries_once"),
    Index("ix_comm_deliveries_due", "status", "due_at"),
    Index("ix_comm_deliveries_batch", "batch_key"),
)
"""One notification on one channel at one address (a person's several browsers each get
their Web Push): queued → sending → sent (→ delivered where the channel reports it), or
back to queued with a later ``due_at`` after a failure, or dead after the last attempt or
an undeliverable report (an operator retries). ``batch_key``: on a channel that sends many
in one request (LINE multicast), the request this delivery went in, fixed at its first
claim and kept through retries (decision 0043)."""

link_codes = Table(
    "comm_link_codes",
    metadata,
    Column("user_id", Id, ForeignKey("auth_users.id"), primary_key=True),
    Column("code_hash", String(64), nullable=False, unique=True),
    Column("expires_at", UtcDateTime(), nullable=False),
)
"""The code a person sends to the LINE account to link it to their login (one at a time,
kept hashed, short-lived)."""

announcements = Table(
    "comm_announcements",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("title_th", String(120), nullable=False),
    Column("body_th", String(2000), nullable=False),
    Column("title_en", String(120), nullable=False),
    Column("body_en", String(2000), nullable=False),
    Column("audience", String(40), nullable=False),
    Column("audience_value", String(40), nullable=False),
    Column("status", String(10), nullable=False),
    Column("send_at", UtcDateTime(), nullable=False),
    Column("written_by", Id, ForeignKey("auth_users.id"), nullable=False),
    Column("written_at", UtcDateTime(), nullable=False),
    Column("approved_by", Id, ForeignKey("auth_users.id")),
    Column("approved_at", UtcDateTime()),
    Column("sent_at", UtcDateTime()),
    Column("recipients", Integer),
    Index("ix_comm_announcements_due", "status", "send_at"),
)
"""An announcement: draft → approved (sent at ``send_at``) → sent, or cancelled."""

push_subscriptions = Table(
    "comm_push_subscriptions",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("user_id", Id, ForeignKey("auth_users.id"), nullable=False, index=True),
    Column("endpoint", String(500), nullable=False, unique=True),
    Column("p256dh", String(100), nullable=False),
    Column("auth", String(40), nullable=False),
    Column("label", String(120), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
)
"""A browser's Web Push subscription (one a browser or device; a person may have several):
the push service's endpoint and the browser's keys the messages are encrypted to."""
digests = Table(
    "comm_digests",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("user_id", Id, ForeignKey("auth_users.id"), nullable=False),
    Column("frequency", String(10), nullable=False),
    Column("period", String(40), nullable=False),
    Column("since", UtcDateTime(), nullable=False),
    Column("until", UtcDateTime(), nullable=False),
    Column("content", JSON, nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    UniqueConstraint("user_id", "frequency", "period", name="uq_comm_digests_once"),
)
"""A digest as told: what each section said, raw values (``notify.Content``), rendered in
the reader's language when read."""

digest_runs = Table(
    "comm_digest_runs",
    metadata,
    Column("frequency", String(10), primary_key=True),
    Column("period", String(40), primary_key=True),
    Column("last_user_id", Id, nullable=False),
    Column("done_at", UtcDateTime()),
)
"""How far the digest job has gone through the people for a period (it takes them in
batches, each run its own short transaction)."""
