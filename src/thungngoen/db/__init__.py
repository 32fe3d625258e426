"""Database access shared by every area: engine, metadata, transactions with retry."""

from thungngoen.db.engine import create_db_engine, is_sqlite
from thungngoen.db.metadata import metadata
from thungngoen.db.transactions import (
    attach_writer,
    read_transaction,
    write_transaction,
    write_transaction_async,
)

__all__ = [
    "attach_writer",
    "create_db_engine",
    "is_sqlite",
    "metadata",
    "read_transaction",
    "write_transaction",
    "write_transaction_async",
]
