"""wallet redemption and payouts

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from thungngoen.db.types import UtcDateTime

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "wallet_tier_rules",
        sa.Column("tier", sa.String(length=20), nullable=False),
        sa.Column("may_redeem", sa.Boolean(), nullable=False),
        sa.Column("respend_share_bp", sa.Integer(), nullable=False),
        sa.Column("fee_bp", sa.Integer(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint("fee_bp >= 0 AND fee_bp < 10000", name=op.f("ck_wallet_tier_rules_fee")),
        sa.CheckConstraint(
            "respend_share_bp BETWEEN 0 AND 10000", name=op.f("ck_wallet_tier_rules_respend_share")
        ),
        sa.PrimaryKeyConstraint("tier", name=op.f("pk_wallet_tier_rules")),
    )
    op.create_table(
        "wallet_merchant_payments",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "transfer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "merchant_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "supplier_merchant_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=False,
        ),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint("amount > 0", name=op.f("ck_wallet_merchant_payments_amount_positive")),
        sa.CheckConstraint(
            "merchant_id <> supplier_merchant_id",
            name=op.f("ck_wallet_merchant_payments_other_merchant"),
        ),
        sa.ForeignKeyConstraint(
            ["merchant_id"],
            ["wallet_merchants.id"],
            name=op.f("fk_wallet_merchant_payments_merchant_id_wallet_merchants"),
        ),
        sa.ForeignKeyConstraint(
            ["supplier_merchant_id"],
            ["wallet_merchants.id"],
            name=op.f("fk_wallet_merchant_payments_supplier_merchant_id_wallet_merchants"),
        ),
        sa.ForeignKeyConstraint(
            ["transfer_id"],
            ["ledger_transfers.id"],
            name=op.f("fk_wallet_merchant_payments_transfer_id_ledger_transfers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wallet_merchant_payments")),
        sa.UniqueConstraint("transfer_id", name=op.f("uq_wallet_merchant_payments_transfer_id")),
    )
    with op.batch_alter_table("wallet_merchant_payments", schema=None) as batch_op:
        batch_op.create_index(
            "ix_wallet_merchant_payments_merchant", ["merchant_id", "id"], unique=False
        )
        batch_op.create_index(
            "ix_wallet_merchant_payments_supplier", ["supplier_merchant_id", "id"], unique=False
        )
    op.create_table(
        "wallet_payout_batches",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("total", sa.BigInteger(), nullable=False),
        sa.Column("instruction_count", sa.Integer(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("paid_at", UtcDateTime(), nullable=True),
        sa.Column("paid_by", sa.String(length=80), nullable=True),
        sa.Column("bank_reference", sa.String(length=80), nullable=True),
        sa.Column(
            "transfer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.CheckConstraint(
            "status IN ('open', 'paid')", name=op.f("ck_wallet_payout_batches_status")
        ),
        sa.ForeignKeyConstraint(
            ["transfer_id"],
            ["ledger_transfers.id"],
            name=op.f("fk_wallet_payout_batches_transfer_id_ledger_transfers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wallet_payout_batches")),
        sa.UniqueConstraint("transfer_id", name=op.f("uq_wallet_payout_batches_transfer_id")),
    )
    op.create_table(
        "wallet_redemptions",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "merchant_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "burn_transfer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("fee", sa.BigInteger(), nullable=False),
        sa.Column("fee_bp", sa.Integer(), nullable=False),
        sa.Column("fund_code", sa.String(length=40), nullable=False),
        sa.Column("tier", sa.String(length=20), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint(
            "fee >= 0 AND fee < amount", name=op.f("ck_wallet_redemptions_fee_below_amount")
        ),
        sa.ForeignKeyConstraint(
            ["burn_transfer_id"],
            ["ledger_transfers.id"],
            name=op.f("fk_wallet_redemptions_burn_transfer_id_ledger_transfers"),
        ),
        sa.ForeignKeyConstraint(
            ["merchant_id"],
            ["wallet_merchants.id"],
            name=op.f("fk_wallet_redemptions_merchant_id_wallet_merchants"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wallet_redemptions")),
        sa.UniqueConstraint(
            "burn_transfer_id", name=op.f("uq_wallet_redemptions_burn_transfer_id")
        ),
    )
    with op.batch_alter_table("wallet_redemptions", schema=None) as batch_op:
        batch_op.create_index("ix_wallet_redemptions_merchant", ["merchant_id", "id"], unique=False)
    op.create_table(
        "wallet_payout_instructions",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "redemption_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "merchant_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("payout_promptpay", sa.String(length=20), nullable=True),
        sa.Column("payout_bank_account", sa.String(length=40), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("batch_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("paid_at", UtcDateTime(), nullable=True),
        sa.CheckConstraint(
            "status IN ('queued', 'batched', 'paid')",
            name=op.f("ck_wallet_payout_instructions_status"),
        ),
        sa.CheckConstraint(
            "amount > 0", name=op.f("ck_wallet_payout_instructions_amount_positive")
        ),
        sa.CheckConstraint(
            "payout_promptpay IS NOT NULL OR payout_bank_account IS NOT NULL",
            name=op.f("ck_wallet_payout_instructions_payee"),
        ),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["wallet_payout_batches.id"],
            name=op.f("fk_wallet_payout_instructions_batch_id_wallet_payout_batches"),
        ),
        sa.ForeignKeyConstraint(
            ["merchant_id"],
            ["wallet_merchants.id"],
            name=op.f("fk_wallet_payout_instructions_merchant_id_wallet_merchants"),
        ),
        sa.ForeignKeyConstraint(
            ["redemption_id"],
            ["wallet_redemptions.id"],
            name=op.f("fk_wallet_payout_instructions_redemption_id_wallet_redemptions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wallet_payout_instructions")),
        sa.UniqueConstraint(
            "redemption_id", name=op.f("uq_wallet_payout_instructions_redemption_id")
        ),
    )
    with op.batch_alter_table("wallet_payout_instructions", schema=None) as batch_op:
        batch_op.create_index("ix_wallet_payout_instructions_batch", ["batch_id"], unique=False)
        batch_op.create_index(
            "ix_wallet_payout_instructions_status", ["status", "id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("wallet_payout_instructions", schema=None) as batch_op:
        batch_op.drop_index("ix_wallet_payout_instructions_status")
        batch_op.drop_index("ix_wallet_payout_instructions_batch")

    op.drop_table("wallet_payout_instructions")
    with op.batch_alter_table("wallet_redemptions", schema=None) as batch_op:
        batch_op.drop_index("ix_wallet_redemptions_merchant")

    op.drop_table("wallet_redemptions")
    op.drop_table("wallet_payout_batches")
    with op.batch_alter_table("wallet_merchant_payments", schema=None) as batch_op:
        batch_op.drop_index("ix_wallet_merchant_payments_supplier")
        batch_op.drop_index("ix_wallet_merchant_payments_merchant")

    op.drop_table("wallet_merchant_payments")
    op.drop_table("wallet_tier_rules")
