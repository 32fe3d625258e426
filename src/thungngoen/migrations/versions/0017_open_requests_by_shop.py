"""open requests by shop: an index to find a shop's unexpired payment requests by its number

Revision ID: 0017
Revises: 0016
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("wallet_payment_requests", schema=None) as batch_op:
        batch_op.create_index(
            "ix_wallet_payment_requests_open", ["merchant_id", "expires_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("wallet_payment_requests", schema=None) as batch_op:
        batch_op.drop_index("ix_wallet_payment_requests_open")
