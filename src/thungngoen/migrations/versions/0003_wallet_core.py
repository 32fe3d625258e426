"""wallet core

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from thungngoen.db.types import UtcDateTime

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "wallet_agents",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("user_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "float_account_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("tambon_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["float_account_id"],
            ["ledger_accounts.id"],
            name=op.f("fk_wallet_agents_float_account_id_ledger_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["auth_users.id"], name=op.f("fk_wallet_agents_user_id_auth_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wallet_agents")),
        sa.UniqueConstraint("user_id", name=op.f("uq_wallet_agents_user_id")),
    )
    op.create_table(
        "wallet_members",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("user_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "account_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("community", sa.String(length=200), server_default="", nullable=False),
        sa.Column("tambon_code", sa.String(length=16), nullable=False),
        sa.Column("national_id_digest", sa.String(length=64), nullable=True),
        sa.Column("national_id_last4", sa.String(length=4), nullable=True),
        sa.Column("customer_qr_limit", sa.BigInteger(), server_default="50000", nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["ledger_accounts.id"],
            name=op.f("fk_wallet_members_account_id_ledger_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["auth_users.id"], name=op.f("fk_wallet_members_user_id_auth_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wallet_members")),
        sa.UniqueConstraint("account_id", name=op.f("uq_wallet_members_account_id")),
        sa.UniqueConstraint(
            "national_id_digest", name=op.f("uq_wallet_members_national_id_digest")
        ),
        sa.UniqueConstraint("user_id", name=op.f("uq_wallet_members_user_id")),
    )
    op.create_table(
        "wallet_merchants",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "owner_user_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "account_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("business_name", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("tambon_code", sa.String(length=16), nullable=False),
        sa.Column("tier", sa.String(length=20), server_default="standard", nullable=False),
        sa.Column("status", sa.String(length=10), server_default="pending", nullable=False),
        sa.Column("payout_promptpay", sa.String(length=20), nullable=True),
        sa.Column("payout_bank_account", sa.String(length=40), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('pending', 'approved', 'suspended')",
            name=op.f("ck_wallet_merchants_status"),
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["ledger_accounts.id"],
            name=op.f("fk_wallet_merchants_account_id_ledger_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_user_id"],
            ["auth_users.id"],
            name=op.f("fk_wallet_merchants_owner_user_id_auth_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wallet_merchants")),
        sa.UniqueConstraint("account_id", name=op.f("uq_wallet_merchants_account_id")),
    )
    with op.batch_alter_table("wallet_merchants", schema=None) as batch_op:
        batch_op.create_index("ix_wallet_merchants_owner", ["owner_user_id"], unique=False)

    op.create_table(
        "wallet_payment_requests",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "merchant_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("reference", sa.String(length=60), server_default="", nullable=False),
        sa.Column("expires_at", UtcDateTime(), nullable=False),
        sa.Column(
            "paid_transfer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "paid_by_member_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint("amount > 0", name=op.f("ck_wallet_payment_requests_amount_positive")),
        sa.ForeignKeyConstraint(
            ["merchant_id"],
            ["wallet_merchants.id"],
            name=op.f("fk_wallet_payment_requests_merchant_id_wallet_merchants"),
        ),
        sa.ForeignKeyConstraint(
            ["paid_by_member_id"],
            ["wallet_members.id"],
            name=op.f("fk_wallet_payment_requests_paid_by_member_id_wallet_members"),
        ),
        sa.ForeignKeyConstraint(
            ["paid_transfer_id"],
            ["ledger_transfers.id"],
            name=op.f("fk_wallet_payment_requests_paid_transfer_id_ledger_transfers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wallet_payment_requests")),
        sa.UniqueConstraint(
            "paid_transfer_id", name=op.f("uq_wallet_payment_requests_paid_transfer_id")
        ),
    )
    op.create_table(
        "wallet_payments",
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
            "member_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "merchant_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("discount", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("refunded", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("idempotency_key", sa.String(length=120), nullable=True),
        sa.Column("details", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint(
            "refunded >= 0 AND refunded <= amount", name=op.f("ck_wallet_payments_refund_bounded")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["wallet_members.id"],
            name=op.f("fk_wallet_payments_member_id_wallet_members"),
        ),
        sa.ForeignKeyConstraint(
            ["merchant_id"],
            ["wallet_merchants.id"],
            name=op.f("fk_wallet_payments_merchant_id_wallet_merchants"),
        ),
        sa.ForeignKeyConstraint(
            ["transfer_id"],
            ["ledger_transfers.id"],
            name=op.f("fk_wallet_payments_transfer_id_ledger_transfers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wallet_payments")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_wallet_payments_idempotency_key")),
        sa.UniqueConstraint("transfer_id", name=op.f("uq_wallet_payments_transfer_id")),
    )
    with op.batch_alter_table("wallet_payments", schema=None) as batch_op:
        batch_op.create_index(
            "ix_wallet_payments_member_day", ["member_id", "created_at"], unique=False
        )
        batch_op.create_index("ix_wallet_payments_merchant", ["merchant_id", "id"], unique=False)

    op.create_table(
        "wallet_promotions",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "merchant_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("basis_points", sa.Integer(), nullable=False),
        sa.Column("cap", sa.BigInteger(), nullable=True),
        sa.Column("min_spend", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("starts_at", UtcDateTime(), nullable=False),
        sa.Column("ends_at", UtcDateTime(), nullable=False),
        sa.Column("active", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('percent', 'cashback')", name=op.f("ck_wallet_promotions_kind")
        ),
        sa.CheckConstraint(
            "basis_points > 0 AND basis_points <= 10000",
            name=op.f("ck_wallet_promotions_basis_points"),
        ),
        sa.ForeignKeyConstraint(
            ["merchant_id"],
            ["wallet_merchants.id"],
            name=op.f("fk_wallet_promotions_merchant_id_wallet_merchants"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wallet_promotions")),
    )
    with op.batch_alter_table("wallet_promotions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_wallet_promotions_merchant", ["merchant_id", "ends_at"], unique=False
        )

    op.create_table(
        "wallet_topup_requests",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "member_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("reference", sa.String(length=20), nullable=False),
        sa.Column("requested", sa.BigInteger(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=10), server_default="open", nullable=False),
        sa.Column(
            "transfer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("expires_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["wallet_members.id"],
            name=op.f("fk_wallet_topup_requests_member_id_wallet_members"),
        ),
        sa.ForeignKeyConstraint(
            ["transfer_id"],
            ["ledger_transfers.id"],
            name=op.f("fk_wallet_topup_requests_transfer_id_ledger_transfers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wallet_topup_requests")),
        sa.UniqueConstraint("reference", name=op.f("uq_wallet_topup_requests_reference")),
    )
    with op.batch_alter_table("wallet_topup_requests", schema=None) as batch_op:
        batch_op.create_index(
            "uq_wallet_topup_requests_open_amount",
            ["amount"],
            unique=True,
            sqlite_where=sa.text("status = 'open'"),
            postgresql_where=sa.text("status = 'open'"),
        )

    op.create_table(
        "wallet_refunds",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column(
            "payment_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "transfer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("idempotency_key", sa.String(length=120), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["payment_id"],
            ["wallet_payments.id"],
            name=op.f("fk_wallet_refunds_payment_id_wallet_payments"),
        ),
        sa.ForeignKeyConstraint(
            ["transfer_id"],
            ["ledger_transfers.id"],
            name=op.f("fk_wallet_refunds_transfer_id_ledger_transfers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wallet_refunds")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_wallet_refunds_idempotency_key")),
        sa.UniqueConstraint("transfer_id", name=op.f("uq_wallet_refunds_transfer_id")),
    )
    op.create_table(
        "wallet_used_codes",
        sa.Column("nonce", sa.String(length=32), nullable=False),
        sa.Column(
            "payment_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("used_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["payment_id"],
            ["wallet_payments.id"],
            name=op.f("fk_wallet_used_codes_payment_id_wallet_payments"),
        ),
        sa.PrimaryKeyConstraint("nonce", name=op.f("pk_wallet_used_codes")),
    )


def downgrade() -> None:
    op.drop_table("wallet_used_codes")
    op.drop_table("wallet_refunds")
    with op.batch_alter_table("wallet_topup_requests", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_wallet_topup_requests_open_amount",
            sqlite_where=sa.text("status = 'open'"),
            postgresql_where=sa.text("status = 'open'"),
        )

    op.drop_table("wallet_topup_requests")
    with op.batch_alter_table("wallet_promotions", schema=None) as batch_op:
        batch_op.drop_index("ix_wallet_promotions_merchant")

    op.drop_table("wallet_promotions")
    with op.batch_alter_table("wallet_payments", schema=None) as batch_op:
        batch_op.drop_index("ix_wallet_payments_merchant")
        batch_op.drop_index("ix_wallet_payments_member_day")

    op.drop_table("wallet_payments")
    op.drop_table("wallet_payment_requests")
    with op.batch_alter_table("wallet_merchants", schema=None) as batch_op:
        batch_op.drop_index("ix_wallet_merchants_owner")

    op.drop_table("wallet_merchants")
    op.drop_table("wallet_members")
    op.drop_table("wallet_agents")
