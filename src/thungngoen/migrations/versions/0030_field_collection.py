"""community data: the entries collectors' phones send, once per idempotency key, with
their outcome (applied, conflict kept for the office, refused with its reason)

Revision ID: 0030
Revises: 0029
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from thungngoen.db.types import UtcDateTime

revision: str = "0030"
down_revision: str | None = "0029"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "community_field_entries",
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("idempotency_key", sa.String(length=36), nullable=False),
        sa.Column("collector_id", ID, nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("household_id", ID, nullable=True),
        sa.Column("person_id", ID, nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("made_at", UtcDateTime(), nullable=False),
        sa.Column("received_at", UtcDateTime(), nullable=False),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.String(length=60), nullable=False),
        sa.Column("message", sa.String(length=300), nullable=False),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("resolution", sa.String(length=10), nullable=True),
        sa.Column("resolved_by", sa.String(length=80), nullable=True),
        sa.Column("resolved_at", UtcDateTime(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('household', 'person', 'new_person')",
            name=op.f("ck_community_field_entries_kind"),
        ),
        sa.CheckConstraint(
            "outcome IN ('applied', 'conflict', 'refused')",
            name=op.f("ck_community_field_entries_outcome"),
        ),
        sa.ForeignKeyConstraint(
            ["collector_id"],
            ["auth_users.id"],
            name=op.f("fk_community_field_entries_collector_id_auth_users"),
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["community_households.id"],
            name=op.f("fk_community_field_entries_household_id_community_households"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["community_persons.id"],
            name=op.f("fk_community_field_entries_person_id_community_persons"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_field_entries")),
        sa.UniqueConstraint(
            "idempotency_key", name=op.f("uq_community_field_entries_idempotency_key")
        ),
    )
    op.create_index(
        "ix_community_field_entries_outcome",
        "community_field_entries",
        ["outcome", "household_id"],
    )
    op.create_index(
        "ix_community_field_entries_collector",
        "community_field_entries",
        ["collector_id", "received_at"],
    )


def downgrade() -> None:
    op.drop_index("ix_community_field_entries_collector", table_name="community_field_entries")
    op.drop_index("ix_community_field_entries_outcome", table_name="community_field_entries")
    op.drop_table("community_field_entries")
