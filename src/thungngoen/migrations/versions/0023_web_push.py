"""web push: each browser's push subscription; a delivery per address, so a person's
several browsers each get their own

Revision ID: 0023
Revises: 0022
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from thungngoen.db.types import UtcDateTime

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
ONCE = "uq_comm_deliveries_once"


def upgrade() -> None:
    op.create_table(
        "comm_push_subscriptions",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("user_id", Id, sa.ForeignKey("auth_users.id"), nullable=False),
        sa.Column("endpoint", sa.String(500), nullable=False, unique=True),
        sa.Column("p256dh", sa.String(100), nullable=False),
        sa.Column("auth", sa.String(40), nullable=False),
        sa.Column("label", sa.String(120), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )
    op.create_index("ix_comm_push_subscriptions_user_id", "comm_push_subscriptions", ["user_id"])
    with op.batch_alter_table("comm_deliveries", schema=None) as batch_op:
        batch_op.drop_constraint(ONCE, type_="unique")
        batch_op.create_unique_constraint(ONCE, ["notification_id", "channel", "address"])


def downgrade() -> None:
    op.execute("DELETE FROM comm_deliveries WHERE channel = 'webpush'")
    with op.batch_alter_table("comm_deliveries", schema=None) as batch_op:
        batch_op.drop_constraint(ONCE, type_="unique")
        batch_op.create_unique_constraint(ONCE, ["notification_id", "channel"])
    op.drop_index("ix_comm_push_subscriptions_user_id", "comm_push_subscriptions")
    op.drop_table("comm_push_subscriptions")
