"""ledger core

Revision ID: 0001
Revises:
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from thungngoen.db.types import UtcDateTime

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "ledger_accounts",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("code", sa.String(length=120), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("type", sa.String(length=10), nullable=False),
        sa.Column("owner_type", sa.String(length=20), nullable=False),
        sa.Column("owner_id", sa.String(length=64), nullable=True),
        sa.Column("purpose", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), server_default="", nullable=False),
        sa.Column("status", sa.String(length=10), server_default="active", nullable=False),
        sa.Column("overdraft_limit", sa.BigInteger(), nullable=True),
        sa.Column("debits_pending", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("debits_posted", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("credits_pending", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("credits_posted", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column(
            "last_transfer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint("currency IN ('THB', 'SKC')", name=op.f("ck_ledger_accounts_currency")),
        sa.CheckConstraint(
            "overdraft_limit IS NULL OR CASE WHEN type IN ('asset', 'expense') THEN debits_posted - credits_posted - credits_pending ELSE credits_posted - debits_posted - debits_pending END >= -overdraft_limit",
            name=op.f("ck_ledger_accounts_within_limit"),
        ),
        sa.CheckConstraint(
            "status IN ('active', 'frozen', 'closed')", name=op.f("ck_ledger_accounts_status")
        ),
        sa.CheckConstraint(
            "type IN ('asset', 'liability', 'equity', 'income', 'expense')",
            name=op.f("ck_ledger_accounts_type"),
        ),
        sa.CheckConstraint(
            "debits_pending >= 0 AND debits_posted >= 0 AND credits_pending >= 0 AND credits_posted >= 0",
            name=op.f("ck_ledger_accounts_totals_sign"),
        ),
        sa.CheckConstraint(
            "overdraft_limit IS NULL OR overdraft_limit >= 0",
            name=op.f("ck_ledger_accounts_limit_sign"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_accounts")),
        sa.UniqueConstraint("code", name=op.f("uq_ledger_accounts_code")),
    )
    with op.batch_alter_table("ledger_accounts", schema=None) as batch_op:
        batch_op.create_index("ix_ledger_accounts_owner", ["owner_type", "owner_id"], unique=False)

    op.create_table(
        "ledger_batches",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("idempotency_key", sa.String(length=100), nullable=True),
        sa.Column("payload_hash", sa.String(length=64), nullable=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_batches")),
    )
    with op.batch_alter_table("ledger_batches", schema=None) as batch_op:
        batch_op.create_index(
            "uq_ledger_batches_idempotency_key",
            ["idempotency_key"],
            unique=True,
            sqlite_where=sa.text("idempotency_key IS NOT NULL"),
            postgresql_where=sa.text("idempotency_key IS NOT NULL"),
        )

    op.create_table(
        "ledger_transfers",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column(
            "debit_account_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "credit_account_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=False,
        ),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("purpose", sa.String(length=40), nullable=False),
        sa.Column("memo", sa.String(length=500), server_default="", nullable=False),
        sa.Column("meta", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("idempotency_key", sa.String(length=100), nullable=True),
        sa.Column("payload_hash", sa.String(length=64), nullable=True),
        sa.Column("batch_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column(
            "pending_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "reverses_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("expires_at", UtcDateTime(), nullable=True),
        sa.Column(
            "debit_previous_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "credit_previous_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=True,
        ),
        sa.Column("debit_balance_after", sa.BigInteger(), nullable=False),
        sa.Column("credit_balance_after", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("currency IN ('THB', 'SKC')", name=op.f("ck_ledger_transfers_currency")),
        sa.CheckConstraint(
            "kind IN ('posted', 'pending', 'post_pending', 'void_pending', 'expire_pending')",
            name=op.f("ck_ledger_transfers_kind"),
        ),
        sa.CheckConstraint("amount > 0", name=op.f("ck_ledger_transfers_amount_positive")),
        sa.CheckConstraint(
            "debit_account_id <> credit_account_id",
            name=op.f("ck_ledger_transfers_distinct_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["ledger_batches.id"],
            name=op.f("fk_ledger_transfers_batch_id_ledger_batches"),
        ),
        sa.ForeignKeyConstraint(
            ["credit_account_id"],
            ["ledger_accounts.id"],
            name=op.f("fk_ledger_transfers_credit_account_id_ledger_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["debit_account_id"],
            ["ledger_accounts.id"],
            name=op.f("fk_ledger_transfers_debit_account_id_ledger_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["pending_id"],
            ["ledger_transfers.id"],
            name=op.f("fk_ledger_transfers_pending_id_ledger_transfers"),
        ),
        sa.ForeignKeyConstraint(
            ["reverses_id"],
            ["ledger_transfers.id"],
            name=op.f("fk_ledger_transfers_reverses_id_ledger_transfers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_transfers")),
    )
    with op.batch_alter_table("ledger_transfers", schema=None) as batch_op:
        batch_op.create_index(
            "ix_ledger_transfers_batch",
            ["batch_id"],
            unique=False,
            sqlite_where=sa.text("batch_id IS NOT NULL"),
            postgresql_where=sa.text("batch_id IS NOT NULL"),
        )
        batch_op.create_index(
            "ix_ledger_transfers_pending_expiry",
            ["expires_at"],
            unique=False,
            sqlite_where=sa.text("kind = 'pending'"),
            postgresql_where=sa.text("kind = 'pending'"),
        )
        batch_op.create_index(
            "uq_ledger_transfers_idempotency_key",
            ["idempotency_key"],
            unique=True,
            sqlite_where=sa.text("idempotency_key IS NOT NULL"),
            postgresql_where=sa.text("idempotency_key IS NOT NULL"),
        )
        batch_op.create_index(
            "uq_ledger_transfers_pending_id",
            ["pending_id"],
            unique=True,
            sqlite_where=sa.text("pending_id IS NOT NULL"),
            postgresql_where=sa.text("pending_id IS NOT NULL"),
        )
        batch_op.create_index(
            "uq_ledger_transfers_reverses_id",
            ["reverses_id"],
            unique=True,
            sqlite_where=sa.text("reverses_id IS NOT NULL"),
            postgresql_where=sa.text("reverses_id IS NOT NULL"),
        )


def downgrade() -> None:
    with op.batch_alter_table("ledger_transfers", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_ledger_transfers_reverses_id",
            sqlite_where=sa.text("reverses_id IS NOT NULL"),
            postgresql_where=sa.text("reverses_id IS NOT NULL"),
        )
        batch_op.drop_index(
            "uq_ledger_transfers_pending_id",
            sqlite_where=sa.text("pending_id IS NOT NULL"),
            postgresql_where=sa.text("pending_id IS NOT NULL"),
        )
        batch_op.drop_index(
            "uq_ledger_transfers_idempotency_key",
            sqlite_where=sa.text("idempotency_key IS NOT NULL"),
            postgresql_where=sa.text("idempotency_key IS NOT NULL"),
        )
        batch_op.drop_index(
            "ix_ledger_transfers_pending_expiry",
            sqlite_where=sa.text("kind = 'pending'"),
            postgresql_where=sa.text("kind = 'pending'"),
        )
        batch_op.drop_index(
            "ix_ledger_transfers_batch",
            sqlite_where=sa.text("batch_id IS NOT NULL"),
            postgresql_where=sa.text("batch_id IS NOT NULL"),
        )

    op.drop_table("ledger_transfers")
    with op.batch_alter_table("ledger_batches", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_ledger_batches_idempotency_key",
            sqlite_where=sa.text("idempotency_key IS NOT NULL"),
            postgresql_where=sa.text("idempotency_key IS NOT NULL"),
        )

    op.drop_table("ledger_batches")
    with op.batch_alter_table("ledger_accounts", schema=None) as batch_op:
        batch_op.drop_index("ix_ledger_accounts_owner")

    op.drop_table("ledger_accounts")
