"""community data import: saved column mappings and the record of every import

Revision ID: 0031
Revises: 0030
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from thungngoen.db.types import UtcDateTime

revision: str = "0031"
down_revision: str | None = "0030"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _id() -> sa.Column[int]:
    return sa.Column(
        "id",
        sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
        autoincrement=True,
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "community_import_mappings",
        _id(),
        sa.Column("owner", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("mapping", sa.String(length=4000), nullable=False),
        sa.Column("saved_by", sa.String(length=80), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_import_mappings")),
        sa.UniqueConstraint("owner", "name", name="uq_community_import_mappings_owner"),
    )
    counts = [
        "rows",
        "rejected",
        "households_created",
        "households_updated",
        "persons_created",
        "persons_updated",
        "unchanged",
    ]
    op.create_table(
        "community_import_runs",
        _id(),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("file_digest", sa.String(length=64), nullable=False),
        *[sa.Column(name, sa.Integer(), nullable=False) for name in counts],
        sa.Column("good_rows_only", sa.Boolean(), nullable=False),
        sa.Column("imported_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_import_runs")),
    )


def downgrade() -> None:
    op.drop_table("community_import_runs")
    op.drop_table("community_import_mappings")
