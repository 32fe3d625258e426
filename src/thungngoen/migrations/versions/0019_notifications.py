"""notifications: each person's notifications, the inbox and the outbox in one table

Revision ID: 0019
Revises: 0018
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from thungngoen.db.types import UtcDateTime

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "notify_notifications",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("user_id", Id, sa.ForeignKey("auth_users.id"), nullable=False),
        sa.Column("kind", sa.String(60), nullable=False),
        sa.Column("category", sa.String(20), nullable=False),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("read_at", UtcDateTime(), nullable=True),
        sa.Column(
            "fanned_out_at", UtcDateTime(), nullable=True, comment="NULL: still in the outbox"
        ),
    )
    op.create_index("ix_notify_notifications_user", "notify_notifications", ["user_id", "id"])
    op.create_index(
        "ix_notify_notifications_outbox", "notify_notifications", ["fanned_out_at", "id"]
    )


def downgrade() -> None:
    op.drop_table("notify_notifications")
