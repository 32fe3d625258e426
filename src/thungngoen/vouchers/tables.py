"""Printed voucher tables: batches an operator generates and the single-use codes in them.

A code is never stored: only its keyed hash (``code_digest``) and its last four digits,
so a copy of the database does not let anyone redeem a voucher.
"""

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
)

from thungngoen.db.metadata import metadata
from thungngoen.db.types import UtcDateTime
from thungngoen.ledger.tables import Id

BATCH_STATUSES = ("active", "cancelled", "expired")
VOUCHER_STATUSES = ("issued", "redeemed", "cancelled", "expired")


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


voucher_batches = Table(
    "wallet_voucher_batches",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False),
    Column("value", BigInteger, nullable=False),
    Column("size", Integer, nullable=False),
    Column("fund_code", String(40), nullable=False),
    # Set in the generating transaction, right after the row (the account's code needs its id).
    Column("float_account_id", Id, ForeignKey("ledger_accounts.id"), unique=True),
    Column("expires_at", UtcDateTime(), nullable=False),
    Column("status", String(10), nullable=False, server_default="active"),
    Column("idempotency_key", String(100), nullable=False, unique=True),
    Column("created_by", String(100), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("closed_at", UtcDateTime()),
    CheckConstraint("value > 0", name="value_positive"),
    CheckConstraint("size > 0", name="size_positive"),
    CheckConstraint(_one_of("status", BATCH_STATUSES), name="status"),
    Index("ix_wallet_voucher_batches_status_expiry", "status", "expires_at"),
)

vouchers = Table(
    "wallet_vouchers",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("batch_id", Id, ForeignKey("wallet_voucher_batches.id"), nullable=False),
    Column("code_digest", String(64), nullable=False, unique=True),
    Column("last4", String(4), nullable=False),
    Column("status", String(10), nullable=False, server_default="issued"),
    Column("redeemed_at", UtcDateTime()),
    Column("redeemed_by", String(100)),
    Column("redeemed_account_id", Id, ForeignKey("ledger_accounts.id")),
    Column("redeemed_transfer_id", Id, ForeignKey("ledger_transfers.id"), unique=True),
    Column("redeem_key", String(100)),
    CheckConstraint(_one_of("status", VOUCHER_STATUSES), name="status"),
    CheckConstraint(
        "(status = 'redeemed') = (redeemed_at IS NOT NULL)", name="redeemed_when_dated"
    ),
    Index("ix_wallet_vouchers_batch_status", "batch_id", "status"),
)
