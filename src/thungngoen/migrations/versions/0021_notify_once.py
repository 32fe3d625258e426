"""notify_once: what the scheduled jobs (reminders, digests) have told already

Revision ID: 0021
Revises: 0020
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from thungngoen.db.types import UtcDateTime

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "notify_once",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        comment="What a scheduled job has told already (notify.scheduled.notify_once)",
    )


def downgrade() -> None:
    op.drop_table("notify_once")
