"""payout bank code: the bank (its Thai bank code) of a payout instruction's account

Each instruction keeps the payee the shop had when it redeemed; the bank code now goes
with the account number, so the bulk payment file names the receiving bank. Instructions
already queued take the code their shop recorded since, when the account is the same.

Revision ID: 0018
Revises: 0017
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("wallet_payout_instructions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("payout_bank_code", sa.String(length=3), nullable=True))
    op.execute(
        "UPDATE wallet_payout_instructions SET payout_bank_code = ("
        " SELECT m.payout_bank_code FROM wallet_merchants m"
        " WHERE m.id = wallet_payout_instructions.merchant_id"
        " AND m.payout_bank_account = wallet_payout_instructions.payout_bank_account)"
        " WHERE payout_bank_account IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("wallet_payout_instructions", schema=None) as batch_op:
        batch_op.drop_column("payout_bank_code")
