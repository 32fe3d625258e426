"""The keys a database's data was written with."""

from sqlalchemy import Column, LargeBinary, String, Table

from thungngoen.db.metadata import metadata
from thungngoen.db.types import UtcDateTime

secret_keys = Table(
    "secret_keys",
    metadata,
    Column("key_id", String(16), primary_key=True),
    Column("recorded_at", UtcDateTime(), nullable=False),
    Column("lookup_key", LargeBinary(), nullable=False),
)
"""``key_id`` is the key's fingerprint; ``lookup_key`` the database's lookup key wrapped
under that key (``keys.wrap``)."""
