"""comm_deliveries.batch_key: the deliveries sent in one LINE request, fixed when claimed

Revision ID: 0027
Revises: 0026
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0027"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("comm_deliveries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("batch_key", sa.String(length=36), nullable=True))
        batch_op.create_index("ix_comm_deliveries_batch", ["batch_key"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("comm_deliveries", schema=None) as batch_op:
        batch_op.drop_index("ix_comm_deliveries_batch")
        batch_op.drop_column("batch_key")
