"""community survey rounds: rounds, their communities and collectors, added questions,
household records per round, deprivation thresholds (versioned)

Revision ID: 0029
Revises: 0028
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from thungngoen.db.types import UtcDateTime

revision: str = "0029"
down_revision: str | None = "0028"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "community_deprivation_thresholds",
        sa.Column("version", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("income_line", sa.BigInteger(), nullable=False),
        sa.Column("income_failed", sa.Integer(), nullable=False),
        sa.Column("living_failed", sa.Integer(), nullable=False),
        sa.Column("health_failed", sa.Integer(), nullable=False),
        sa.Column("education_failed", sa.Integer(), nullable=False),
        sa.Column("services_failed", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("set_by", sa.String(length=80), nullable=False),
        sa.Column("set_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint(
            "income_line >= 0", name=op.f("ck_community_deprivation_thresholds_income_line")
        ),
        sa.PrimaryKeyConstraint("version", name=op.f("pk_community_deprivation_thresholds")),
    )
    op.create_table(
        "community_rounds",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("questionnaire", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("opened_at", UtcDateTime(), nullable=True),
        sa.Column("closed_at", UtcDateTime(), nullable=True),
        sa.CheckConstraint(
            "status IN ('planned', 'open', 'closed')", name=op.f("ck_community_rounds_status")
        ),
        sa.CheckConstraint("ends_on >= starts_on", name=op.f("ck_community_rounds_period")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_rounds")),
        sa.UniqueConstraint("name", name=op.f("uq_community_rounds_name")),
    )
    op.create_table(
        "community_round_questions",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("round_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("label_th", sa.String(length=300), nullable=False),
        sa.Column("label_en", sa.String(length=300), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("min_value", sa.BigInteger(), nullable=True),
        sa.Column("max_value", sa.BigInteger(), nullable=True),
        sa.Column("choices", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("added_by", sa.String(length=80), nullable=False),
        sa.Column("added_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('text', 'number', 'date', 'yes_no', 'one_choice', 'choices')",
            name=op.f("ck_community_round_questions_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["community_rounds.id"],
            name=op.f("fk_community_round_questions_round_id_community_rounds"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_round_questions")),
        sa.UniqueConstraint("round_id", "key", name="uq_community_round_questions_key"),
    )
    op.create_table(
        "community_round_communities",
        sa.Column("round_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "community_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["community_id"],
            ["community_communities.id"],
            name=op.f("fk_community_round_communities_community_id_community_communities"),
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["community_rounds.id"],
            name=op.f("fk_community_round_communities_round_id_community_rounds"),
        ),
        sa.PrimaryKeyConstraint(
            "round_id", "community_id", name=op.f("pk_community_round_communities")
        ),
    )
    op.create_table(
        "community_round_collectors",
        sa.Column("round_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "community_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("user_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("duty_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.ForeignKeyConstraint(
            ["community_id"],
            ["community_communities.id"],
            name=op.f("fk_community_round_collectors_community_id_community_communities"),
        ),
        sa.ForeignKeyConstraint(
            ["duty_id"],
            ["community_duties.id"],
            name=op.f("fk_community_round_collectors_duty_id_community_duties"),
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["community_rounds.id"],
            name=op.f("fk_community_round_collectors_round_id_community_rounds"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["auth_users.id"],
            name=op.f("fk_community_round_collectors_user_id_auth_users"),
        ),
        sa.PrimaryKeyConstraint(
            "round_id", "community_id", "user_id", name=op.f("pk_community_round_collectors")
        ),
    )
    op.create_index(
        "ix_community_round_collectors_user",
        "community_round_collectors",
        ["user_id"],
        unique=False,
    )
    op.create_table(
        "community_round_records",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("round_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "household_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "community_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "collector_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("duty_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("idempotency_key", sa.String(length=64), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("members", sa.Integer(), nullable=False),
        sa.Column("tenure", sa.String(length=14), nullable=False),
        sa.Column("income_year", sa.BigInteger(), nullable=False),
        sa.Column("income_per_person", sa.BigInteger(), nullable=False),
        sa.Column("income_failed", sa.Integer(), nullable=False),
        sa.Column("living_failed", sa.Integer(), nullable=False),
        sa.Column("health_failed", sa.Integer(), nullable=False),
        sa.Column("education_failed", sa.Integer(), nullable=False),
        sa.Column("services_failed", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["collector_id"],
            ["auth_users.id"],
            name=op.f("fk_community_round_records_collector_id_auth_users"),
        ),
        sa.ForeignKeyConstraint(
            ["community_id"],
            ["community_communities.id"],
            name=op.f("fk_community_round_records_community_id_community_communities"),
        ),
        sa.ForeignKeyConstraint(
            ["duty_id"],
            ["community_duties.id"],
            name=op.f("fk_community_round_records_duty_id_community_duties"),
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["community_households.id"],
            name=op.f("fk_community_round_records_household_id_community_households"),
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["community_rounds.id"],
            name=op.f("fk_community_round_records_round_id_community_rounds"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_round_records")),
        sa.UniqueConstraint(
            "idempotency_key", name=op.f("uq_community_round_records_idempotency_key")
        ),
        sa.UniqueConstraint(
            "round_id", "household_id", name="uq_community_round_records_household"
        ),
    )
    op.create_index(
        "ix_community_round_records_household",
        "community_round_records",
        ["household_id"],
        unique=False,
    )
    op.create_index(
        "ix_community_round_records_round",
        "community_round_records",
        ["round_id", "community_id"],
        unique=False,
    )


def downgrade() -> None:

    op.drop_index("ix_community_round_records_round", table_name="community_round_records")
    op.drop_index("ix_community_round_records_household", table_name="community_round_records")
    op.drop_table("community_round_records")
    op.drop_index("ix_community_round_collectors_user", table_name="community_round_collectors")
    op.drop_table("community_round_collectors")
    op.drop_table("community_round_communities")
    op.drop_table("community_round_questions")
    op.drop_table("community_rounds")
    op.drop_table("community_deprivation_thresholds")
