"""ledger digests and seals: every transfer row carries its keyed digest

Revision ID: 0011
Revises: 0010

Transfers written before this revision get their digests here, computed as the ledger
computes them on posting (``thungngoen.ledger.digest``, under the server secret of the
process that runs the upgrade — the same secret the server must then use). They are
sealed later, like new transfers, by the first ``thungngoen ledger seal`` or ``verify``.

SQLite cannot drop a column default without rebuilding the table, so there the column
keeps the ``''`` it was added with (a transfer written without a digest would store ''
and fail ``verify``); PostgreSQL drops it, and refuses such a row outright.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from thungngoen.db.types import UtcDateTime
from thungngoen.ledger.digest import DIGEST_FIELDS, ledger_key, transfer_digest
from thungngoen.ledger.tables import transfers

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
CHUNK = 1000


def upgrade() -> None:
    op.add_column(
        "ledger_transfers",
        sa.Column("digest", sa.String(length=64), nullable=False, server_default=""),
    )
    _backfill(op.get_bind())
    if op.get_bind().dialect.name != "sqlite":
        op.alter_column("ledger_transfers", "digest", server_default=None)
    op.create_table(
        "ledger_seals",
        sa.Column("id", ID, autoincrement=False, nullable=False),
        sa.Column("after_id", ID, nullable=False),
        sa.Column("last_id", ID, nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("previous_digest", sa.String(length=64), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("sealed_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint("last_id > after_id AND count > 0", name=op.f("ck_ledger_seals_range")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_seals")),
    )


def _backfill(connection: sa.Connection) -> None:
    """Digest every existing transfer, a chunk at a time in id order."""
    key = ledger_key()
    columns = [transfers.c[name] for name in DIGEST_FIELDS]
    update = sa.text("UPDATE ledger_transfers SET digest = :digest WHERE id = :transfer_id")
    after = 0
    while True:
        query = sa.select(*columns).where(transfers.c.id > after).order_by(transfers.c.id)
        rows = [row._mapping for row in connection.execute(query.limit(CHUNK))]
        if not rows:
            return
        connection.execute(
            update,
            [{"transfer_id": row["id"], "digest": transfer_digest(row, key)} for row in rows],
        )
        after = rows[-1]["id"]


def downgrade() -> None:
    op.drop_table("ledger_seals")
    op.drop_column("ledger_transfers", "digest")
