"""relocation requests to CODI (Baan Mankong): the register, each step of a request, and
the proposals that group verified requests (decision 0048)

Revision ID: 0028
Revises: 0027
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from thungngoen.db.types import UtcDateTime

revision: str = "0028"
down_revision: str | None = "0027"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
STATUSES = "'registered', 'verified', 'proposed', 'approved', 'moved', 'withdrawn'"
REASONS = "'eviction', 'railway_land', 'crowded', 'rent_burden', 'unsafe', 'other'"


def upgrade() -> None:
    op.create_table(
        "community_relocation_proposals",
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_relocation_proposals")),
        sa.UniqueConstraint("name", name=op.f("uq_community_relocation_proposals_name")),
    )
    op.create_table(
        "community_relocation_requests",
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("household_id", ID, nullable=False),
        sa.Column("reason", sa.String(length=14), nullable=False),
        sa.Column("reason_note", sa.String(length=300), nullable=False),
        sa.Column("declared_savings", sa.BigInteger(), nullable=True),
        sa.Column("loan_amount", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("proposal_id", ID, nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint(
            f"reason IN ({REASONS})", name=op.f("ck_community_relocation_requests_reason")
        ),
        sa.CheckConstraint(
            f"status IN ({STATUSES})", name=op.f("ck_community_relocation_requests_status")
        ),
        sa.CheckConstraint(
            "loan_amount > 0 AND (declared_savings IS NULL OR declared_savings >= 0)",
            name=op.f("ck_community_relocation_requests_money"),
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["community_households.id"],
            name=op.f("fk_community_relocation_requests_household_id_community_households"),
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["community_relocation_proposals.id"],
            name=op.f(
                "fk_community_relocation_requests_proposal_id_community_relocation_proposals"
            ),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_relocation_requests")),
        sa.UniqueConstraint(
            "household_id", name=op.f("uq_community_relocation_requests_household_id")
        ),
    )
    op.create_index(
        "ix_community_relocation_requests_status", "community_relocation_requests", ["status"]
    )
    op.create_index(
        "ix_community_relocation_requests_proposal",
        "community_relocation_requests",
        ["proposal_id"],
    )
    op.create_table(
        "community_relocation_steps",
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("request_id", ID, nullable=False),
        sa.Column("from_status", sa.String(length=12), nullable=True),
        sa.Column("to_status", sa.String(length=12), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["community_relocation_requests.id"],
            name=op.f("fk_community_relocation_steps_request_id_community_relocation_requests"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_relocation_steps")),
    )
    op.create_index(
        "ix_community_relocation_steps_request", "community_relocation_steps", ["request_id", "id"]
    )


def downgrade() -> None:
    op.drop_index("ix_community_relocation_steps_request", "community_relocation_steps")
    op.drop_table("community_relocation_steps")
    op.drop_index("ix_community_relocation_requests_proposal", "community_relocation_requests")
    op.drop_index("ix_community_relocation_requests_status", "community_relocation_requests")
    op.drop_table("community_relocation_requests")
    op.drop_table("community_relocation_proposals")
