"""wallet programs and events

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from thungngoen.db.types import UtcDateTime

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "wallet_programs",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("allowed_tambons", sa.JSON(), nullable=False),
        sa.Column("excluded_categories", sa.JSON(), nullable=False),
        sa.Column("daily_limit", sa.BigInteger(), nullable=True),
        sa.Column("monthly_limit", sa.BigInteger(), nullable=True),
        sa.Column("valid_from", UtcDateTime(), nullable=False),
        sa.Column("valid_until", UtcDateTime(), nullable=True),
        sa.Column("active", sa.Integer(), server_default="1", nullable=False),
        sa.Column("fund_code", sa.String(length=40), nullable=True),
        sa.Column("allowance", sa.BigInteger(), nullable=True),
        sa.Column("closed_at", UtcDateTime(), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('sandbox', 'event')", name=op.f("ck_wallet_programs_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wallet_programs")),
        sa.UniqueConstraint("code", name=op.f("uq_wallet_programs_code")),
    )
    op.create_table(
        "wallet_event_merchants",
        sa.Column(
            "program_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "merchant_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("added_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["merchant_id"],
            ["wallet_merchants.id"],
            name=op.f("fk_wallet_event_merchants_merchant_id_wallet_merchants"),
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["wallet_programs.id"],
            name=op.f("fk_wallet_event_merchants_program_id_wallet_programs"),
        ),
        sa.PrimaryKeyConstraint(
            "program_id", "merchant_id", name=op.f("pk_wallet_event_merchants")
        ),
    )
    op.create_table(
        "wallet_event_participants",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "program_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "member_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "account_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("allowance", sa.BigInteger(), nullable=False),
        sa.Column(
            "credit_transfer_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=False,
        ),
        sa.Column("returned", sa.BigInteger(), nullable=True),
        sa.Column("registered_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint(
            "allowance > 0", name=op.f("ck_wallet_event_participants_allowance_positive")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["ledger_accounts.id"],
            name=op.f("fk_wallet_event_participants_account_id_ledger_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["credit_transfer_id"],
            ["ledger_transfers.id"],
            name=op.f("fk_wallet_event_participants_credit_transfer_id_ledger_transfers"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["wallet_members.id"],
            name=op.f("fk_wallet_event_participants_member_id_wallet_members"),
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["wallet_programs.id"],
            name=op.f("fk_wallet_event_participants_program_id_wallet_programs"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wallet_event_participants")),
        sa.UniqueConstraint("account_id", name=op.f("uq_wallet_event_participants_account_id")),
        sa.UniqueConstraint("program_id", "member_id", name="uq_wallet_event_participants_member"),
    )


def downgrade() -> None:
    op.drop_table("wallet_event_participants")
    op.drop_table("wallet_event_merchants")
    op.drop_table("wallet_programs")
