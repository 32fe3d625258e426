"""digests: a person's digest frequency, the digests told, the job's progress

Revision ID: 0025
Revises: 0024
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from thungngoen.db.types import UtcDateTime

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("comm_settings") as batch:
        batch.add_column(
            sa.Column("digest", sa.String(10), nullable=False, server_default="weekly")
        )
    op.create_table(
        "comm_digests",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("user_id", Id, sa.ForeignKey("auth_users.id"), nullable=False),
        sa.Column("frequency", sa.String(10), nullable=False),
        sa.Column("period", sa.String(40), nullable=False),
        sa.Column("since", UtcDateTime(), nullable=False),
        sa.Column("until", UtcDateTime(), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.UniqueConstraint("user_id", "frequency", "period", name="uq_comm_digests_once"),
    )
    op.create_table(
        "comm_digest_runs",
        sa.Column("frequency", sa.String(10), primary_key=True),
        sa.Column("period", sa.String(40), primary_key=True),
        sa.Column("last_user_id", Id, nullable=False),
        sa.Column("done_at", UtcDateTime()),
    )


def downgrade() -> None:
    op.drop_table("comm_digest_runs")
    op.drop_table("comm_digests")
    with op.batch_alter_table("comm_settings") as batch:
        batch.drop_column("digest")
