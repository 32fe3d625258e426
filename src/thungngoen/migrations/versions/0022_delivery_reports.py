"""comm_deliveries.delivered_at: when a channel reported the message delivered

Revision ID: 0022
Revises: 0021
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from thungngoen.db.types import UtcDateTime

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("comm_deliveries") as batch:
        batch.add_column(
            sa.Column(
                "delivered_at",
                UtcDateTime(),
                nullable=True,
                comment="When the channel reported it delivered",
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("comm_deliveries") as batch:
        batch.drop_column("delivered_at")
