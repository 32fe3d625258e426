"""agent float limits: the cash an agent may hold for the operator

Revision ID: 0014
Revises: 0013
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DEFAULT_FLOAT_LIMIT = "2000000"
"""20,000 baht in satang, for every agent already registered (decision 0020)."""


def upgrade() -> None:
    with op.batch_alter_table("wallet_agents", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "float_limit", sa.BigInteger(), server_default=DEFAULT_FLOAT_LIMIT, nullable=False
            )
        )
        batch_op.create_check_constraint(
            op.f("ck_wallet_agents_float_limit_positive"), "float_limit > 0"
        )


def downgrade() -> None:
    with op.batch_alter_table("wallet_agents", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_wallet_agents_float_limit_positive"), type_="check")
        batch_op.drop_column("float_limit")
