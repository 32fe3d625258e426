"""wallet identity audit

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from thungngoen.db.types import UtcDateTime

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    op.create_table(
        "audit_log",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=False,
            nullable=False,
        ),
        sa.Column("occurred_at", UtcDateTime(), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("subject_type", sa.String(length=40), nullable=False),
        sa.Column("subject_id", sa.String(length=64), nullable=False),
        sa.Column("before", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("after", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("previous_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_log_hash")),
    )
    op.create_table(
        "auth_users",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=10), server_default="active", nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint(
            "role IN ('member', 'merchant', 'agent', 'operator', 'auditor')",
            name=op.f("ck_auth_users_role"),
        ),
        sa.CheckConstraint("status IN ('active', 'disabled')", name=op.f("ck_auth_users_status")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auth_users")),
        sa.UniqueConstraint("phone", name=op.f("uq_auth_users_phone")),
    )
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
        "auth_api_tokens",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("user_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("revoked_at", UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["auth_users.id"], name=op.f("fk_auth_api_tokens_user_id_auth_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auth_api_tokens")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_auth_api_tokens_token_hash")),
    )
    op.create_table(
        "auth_payment_pins",
        sa.Column("user_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("salt", sa.LargeBinary(length=16), nullable=False),
        sa.Column("pin_hash", sa.String(length=64), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("locked_at", UtcDateTime(), nullable=True),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["auth_users.id"], name=op.f("fk_auth_payment_pins_user_id_auth_users")
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_auth_payment_pins")),
    )
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

    _protect_audit_log()


APPEND_ONLY = "the audit log is append-only"


def _protect_audit_log() -> None:
    """The database itself refuses to edit or delete audit entries."""
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log"
                f" BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END"
            )
        return
    op.execute(
        "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql"
        f" AS $$ BEGIN RAISE EXCEPTION '{APPEND_ONLY}'; END $$"
    )
    op.execute(
        "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log"
        " FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"
    )


def downgrade() -> None:
    op.drop_table("wallet_used_codes")
    with op.batch_alter_table("wallet_statement_lines", schema=None) as batch_op:
        batch_op.drop_index("ix_wallet_statement_lines_status")

    op.drop_table("wallet_statement_lines")
    op.drop_table("wallet_refunds")
    with op.batch_alter_table("wallet_payout_instructions", schema=None) as batch_op:
        batch_op.drop_index("ix_wallet_payout_instructions_status")
        batch_op.drop_index("ix_wallet_payout_instructions_batch")

    op.drop_table("wallet_payout_instructions")
    with op.batch_alter_table("wallet_vouchers", schema=None) as batch_op:
        batch_op.drop_index("ix_wallet_vouchers_batch_status")

    op.drop_table("wallet_vouchers")
    with op.batch_alter_table("wallet_topup_requests", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_wallet_topup_requests_open_amount",
            sqlite_where=sa.text("status = 'open'"),
            postgresql_where=sa.text("status = 'open'"),
        )

    op.drop_table("wallet_topup_requests")
    with op.batch_alter_table("wallet_redemptions", schema=None) as batch_op:
        batch_op.drop_index("ix_wallet_redemptions_merchant")

    op.drop_table("wallet_redemptions")
    with op.batch_alter_table("wallet_promotions", schema=None) as batch_op:
        batch_op.drop_index("ix_wallet_promotions_merchant")

    op.drop_table("wallet_promotions")
    op.drop_table("wallet_payout_batches")
    with op.batch_alter_table("wallet_payments", schema=None) as batch_op:
        batch_op.drop_index("ix_wallet_payments_merchant")
        batch_op.drop_index("ix_wallet_payments_member_day")

    op.drop_table("wallet_payments")
    op.drop_table("wallet_payment_requests")
    with op.batch_alter_table("wallet_merchant_payments", schema=None) as batch_op:
        batch_op.drop_index("ix_wallet_merchant_payments_supplier")
        batch_op.drop_index("ix_wallet_merchant_payments_merchant")

    op.drop_table("wallet_merchant_payments")
    op.drop_table("wallet_event_participants")
    op.drop_table("wallet_event_merchants")
    with op.batch_alter_table("wallet_voucher_batches", schema=None) as batch_op:
        batch_op.drop_index("ix_wallet_voucher_batches_status_expiry")

    op.drop_table("wallet_voucher_batches")
    with op.batch_alter_table("wallet_merchants", schema=None) as batch_op:
        batch_op.drop_index("ix_wallet_merchants_owner")

    op.drop_table("wallet_merchants")
    op.drop_table("wallet_members")
    op.drop_table("wallet_agents")
    op.drop_table("auth_payment_pins")
    op.drop_table("auth_api_tokens")
    op.drop_table("wallet_tier_rules")
    op.drop_table("wallet_programs")
    op.drop_table("auth_users")
    op.drop_table("audit_log")
    op.drop_table("audit_head")
    if op.get_bind().dialect.name != "sqlite":
        op.execute("DROP FUNCTION IF EXISTS audit_log_append_only()")
