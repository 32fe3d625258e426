"""secret keys: the fingerprints of the keys the data was written with; each PIN's key

Revision ID: 0013
Revises: 0012
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from thungngoen.db.types import UtcDateTime

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "secret_keys",
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
        sa.Column("lookup_key", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("key_id"),
    )
    with op.batch_alter_table("auth_payment_pins") as batch:
        batch.add_column(sa.Column("key_id", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("auth_payment_pins") as batch:
        batch.drop_column("key_id")
    op.drop_table("secret_keys")
