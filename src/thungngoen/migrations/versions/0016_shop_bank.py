"""shop bank: the bank (its Thai bank code) of a shop's payout bank account

Revision ID: 0016
Revises: 0015
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("wallet_merchants", schema=None) as batch_op:
        batch_op.add_column(sa.Column("payout_bank_code", sa.String(length=3), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("wallet_merchants", schema=None) as batch_op:
        batch_op.drop_column("payout_bank_code")
