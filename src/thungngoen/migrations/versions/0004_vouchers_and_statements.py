"""wallet vouchers and statements

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from thungngoen.db.types import UtcDateTime

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "wallet_voucher_batches",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("fund_code", sa.String(length=40), nullable=False),
        sa.Column(
            "float_account_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("expires_at", UtcDateTime(), nullable=False),
        sa.Column("status", sa.String(length=10), server_default="active", nullable=False),
        sa.Column("idempotency_key", sa.String(length=100), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("closed_at", UtcDateTime(), nullable=True),
        sa.CheckConstraint(
            "status IN ('active', 'cancelled', 'expired')",
            name=op.f("ck_wallet_voucher_batches_status"),
        ),
        sa.CheckConstraint("size > 0", name=op.f("ck_wallet_voucher_batches_size_positive")),
        sa.CheckConstraint("value > 0", name=op.f("ck_wallet_voucher_batches_value_positive")),
        sa.ForeignKeyConstraint(
            ["float_account_id"],
            ["ledger_accounts.id"],
            name=op.f("fk_wallet_voucher_batches_float_account_id_ledger_accounts"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wallet_voucher_batches")),
        sa.UniqueConstraint(
            "float_account_id", name=op.f("uq_wallet_voucher_batches_float_account_id")
        ),
        sa.UniqueConstraint(
            "idempotency_key", name=op.f("uq_wallet_voucher_batches_idempotency_key")
        ),
    )
    with op.batch_alter_table("wallet_voucher_batches", schema=None) as batch_op:
        batch_op.create_index(
            "ix_wallet_voucher_batches_status_expiry", ["status", "expires_at"], unique=False
        )
    op.create_table(
        "wallet_vouchers",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("batch_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("code_digest", sa.String(length=64), nullable=False),
        sa.Column("last4", sa.String(length=4), nullable=False),
        sa.Column("status", sa.String(length=10), server_default="issued", nullable=False),
        sa.Column("redeemed_at", UtcDateTime(), nullable=True),
        sa.Column("redeemed_by", sa.String(length=100), nullable=True),
        sa.Column(
            "redeemed_account_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=True,
        ),
        sa.Column(
            "redeemed_transfer_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=True,
        ),
        sa.Column("redeem_key", sa.String(length=100), nullable=True),
        sa.CheckConstraint(
            "(status = 'redeemed') = (redeemed_at IS NOT NULL)",
            name=op.f("ck_wallet_vouchers_redeemed_when_dated"),
        ),
        sa.CheckConstraint(
            "status IN ('issued', 'redeemed', 'cancelled', 'expired')",
            name=op.f("ck_wallet_vouchers_status"),
        ),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["wallet_voucher_batches.id"],
            name=op.f("fk_wallet_vouchers_batch_id_wallet_voucher_batches"),
        ),
        sa.ForeignKeyConstraint(
            ["redeemed_account_id"],
            ["ledger_accounts.id"],
            name=op.f("fk_wallet_vouchers_redeemed_account_id_ledger_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["redeemed_transfer_id"],
            ["ledger_transfers.id"],
            name=op.f("fk_wallet_vouchers_redeemed_transfer_id_ledger_transfers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wallet_vouchers")),
        sa.UniqueConstraint("code_digest", name=op.f("uq_wallet_vouchers_code_digest")),
        sa.UniqueConstraint(
            "redeemed_transfer_id", name=op.f("uq_wallet_vouchers_redeemed_transfer_id")
        ),
    )
    with op.batch_alter_table("wallet_vouchers", schema=None) as batch_op:
        batch_op.create_index(
            "ix_wallet_vouchers_batch_status", ["batch_id", "status"], unique=False
        )
    op.create_table(
        "wallet_statement_lines",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("bank_ref", sa.String(length=80), nullable=False),
        sa.Column("booked_at", UtcDateTime(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("description", sa.Text(), server_default="", nullable=False),
        sa.Column("reference", sa.String(length=20), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("matched_by", sa.String(length=10), nullable=True),
        sa.Column("reason", sa.String(length=200), server_default="", nullable=False),
        sa.Column(
            "topup_request_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("member_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column(
            "transfer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("imported_by", sa.String(length=80), nullable=False),
        sa.Column("imported_at", UtcDateTime(), nullable=False),
        sa.Column("decided_by", sa.String(length=80), nullable=True),
        sa.Column("decided_at", UtcDateTime(), nullable=True),
        sa.Column("decision_note", sa.String(length=500), nullable=True),
        sa.CheckConstraint(
            "(status IN ('matched', 'assigned')) = (transfer_id IS NOT NULL)",
            name=op.f("ck_wallet_statement_lines_minted_iff_paid"),
        ),
        sa.CheckConstraint(
            "matched_by IS NULL OR matched_by IN ('reference', 'amount', 'operator')",
            name=op.f("ck_wallet_statement_lines_matched_by"),
        ),
        sa.CheckConstraint(
            "status IN ('matched', 'unmatched', 'assigned', 'refunded')",
            name=op.f("ck_wallet_statement_lines_status"),
        ),
        sa.CheckConstraint("amount > 0", name=op.f("ck_wallet_statement_lines_amount_positive")),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["wallet_members.id"],
            name=op.f("fk_wallet_statement_lines_member_id_wallet_members"),
        ),
        sa.ForeignKeyConstraint(
            ["topup_request_id"],
            ["wallet_topup_requests.id"],
            name=op.f("fk_wallet_statement_lines_topup_request_id_wallet_topup_requests"),
        ),
        sa.ForeignKeyConstraint(
            ["transfer_id"],
            ["ledger_transfers.id"],
            name=op.f("fk_wallet_statement_lines_transfer_id_ledger_transfers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wallet_statement_lines")),
        sa.UniqueConstraint("bank_ref", name=op.f("uq_wallet_statement_lines_bank_ref")),
        sa.UniqueConstraint(
            "topup_request_id", name=op.f("uq_wallet_statement_lines_topup_request_id")
        ),
        sa.UniqueConstraint("transfer_id", name=op.f("uq_wallet_statement_lines_transfer_id")),
    )
    with op.batch_alter_table("wallet_statement_lines", schema=None) as batch_op:
        batch_op.create_index("ix_wallet_statement_lines_status", ["status", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("wallet_statement_lines", schema=None) as batch_op:
        batch_op.drop_index("ix_wallet_statement_lines_status")

    op.drop_table("wallet_statement_lines")
    with op.batch_alter_table("wallet_vouchers", schema=None) as batch_op:
        batch_op.drop_index("ix_wallet_vouchers_batch_status")

    op.drop_table("wallet_vouchers")
    with op.batch_alter_table("wallet_voucher_batches", schema=None) as batch_op:
        batch_op.drop_index("ix_wallet_voucher_batches_status_expiry")

    op.drop_table("wallet_voucher_batches")
