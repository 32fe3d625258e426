"""communication: people's addresses on channels, their settings and switched-off
categories, every delivery of a notification with its status, LINE link codes and
announcements

Revision ID: 0020
Revises: 0019
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from thungngoen.db.types import UtcDateTime

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _user() -> sa.Column[int]:
    return sa.Column("user_id", Id, sa.ForeignKey("auth_users.id"), primary_key=True)


def upgrade() -> None:
    op.create_table(
        "comm_addresses",
        _user(),
        sa.Column("channel", sa.String(10), primary_key=True),
        sa.Column("address", sa.String(500), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )
    op.create_table(
        "comm_settings",
        _user(),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("quiet_hours", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "comm_preferences",
        _user(),
        sa.Column("category", sa.String(20), primary_key=True),
        sa.Column("channel", sa.String(10), primary_key=True),
        sa.Column("enabled", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "comm_deliveries",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("notification_id", Id, sa.ForeignKey("notify_notifications.id"), nullable=False),
        sa.Column("channel", sa.String(10), nullable=False),
        sa.Column("address", sa.String(500), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("due_at", UtcDateTime(), nullable=False),
        sa.Column("claimed_at", UtcDateTime(), nullable=True),
        sa.Column("sent_at", UtcDateTime(), nullable=True),
        sa.Column("provider_ref", sa.String(200), nullable=True),
        sa.Column("last_error", sa.String(500), nullable=True),
        sa.UniqueConstraint("notification_id", "channel", name="uq_comm_deliveries_once"),
    )
    op.create_index("ix_comm_deliveries_due", "comm_deliveries", ["status", "due_at"])
    op.create_table(
        "comm_announcements",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("title_th", sa.String(120), nullable=False),
        sa.Column("body_th", sa.String(2000), nullable=False),
        sa.Column("title_en", sa.String(120), nullable=False),
        sa.Column("body_en", sa.String(2000), nullable=False),
        sa.Column("audience", sa.String(40), nullable=False),
        sa.Column("audience_value", sa.String(40), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("send_at", UtcDateTime(), nullable=False),
        sa.Column("written_by", Id, sa.ForeignKey("auth_users.id"), nullable=False),
        sa.Column("written_at", UtcDateTime(), nullable=False),
        sa.Column("approved_by", Id, sa.ForeignKey("auth_users.id"), nullable=True),
        sa.Column("approved_at", UtcDateTime(), nullable=True),
        sa.Column("sent_at", UtcDateTime(), nullable=True),
        sa.Column("recipients", sa.Integer(), nullable=True),
    )
    op.create_index("ix_comm_announcements_due", "comm_announcements", ["status", "send_at"])
    op.create_table(
        "comm_link_codes",
        _user(),
        sa.Column("code_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("expires_at", UtcDateTime(), nullable=False),
    )


def downgrade() -> None:
    for table in (
        "comm_announcements",
        "comm_link_codes",
        "comm_deliveries",
        "comm_preferences",
        "comm_settings",
        "comm_addresses",
    ):
        op.drop_table(table)
