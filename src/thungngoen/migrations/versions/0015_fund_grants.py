"""fund grants: donations and grants of baht into the community funds

Revision ID: 0015
Revises: 0014
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from thungngoen.db.types import UtcDateTime

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "wallet_fund_gifts",
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("fund_code", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("donor", sa.String(length=200), nullable=False),
        sa.Column("reference", sa.String(length=60), server_default="", nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("transfer_id", ID, nullable=False),
        sa.Column("idempotency_key", sa.String(length=120), nullable=False),
        sa.Column("actor", sa.String(length=60), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('donation', 'grant')", name=op.f("ck_wallet_fund_gifts_kind")),
        sa.CheckConstraint("amount > 0", name=op.f("ck_wallet_fund_gifts_amount_positive")),
        sa.ForeignKeyConstraint(
            ["transfer_id"],
            ["ledger_transfers.id"],
            name=op.f("fk_wallet_fund_gifts_transfer_id_ledger_transfers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wallet_fund_gifts")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_wallet_fund_gifts_idempotency_key")),
        sa.UniqueConstraint("transfer_id", name=op.f("uq_wallet_fund_gifts_transfer_id")),
    )
    op.create_index("ix_wallet_fund_gifts_fund", "wallet_fund_gifts", ["fund_code", "id"])


def downgrade() -> None:
    op.drop_index("ix_wallet_fund_gifts_fund", table_name="wallet_fund_gifts")
    op.drop_table("wallet_fund_gifts")
