"""Ledger tables. Only ``thungngoen.ledger`` writes them."""

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    text,
)

from thungngoen.db.metadata import metadata
from thungngoen.db.types import UtcDateTime

Id = BigInteger().with_variant(Integer(), "sqlite")

CURRENCIES = ("THB", "SKC")
ACCOUNT_TYPES = ("asset", "liability", "equity", "income", "expense")
ACCOUNT_STATUSES = ("active", "frozen", "closed")
TRANSFER_KINDS = ("posted", "pending", "post_pending", "void_pending", "expire_pending")

DEBIT_NORMAL_TYPES = ("asset", "expense")

# Balance on the account's normal side, after pending outflows are reserved.
_AVAILABLE = (
    "CASE WHEN type IN ('asset', 'expense') "
    "THEN debits_posted - credits_posted - credits_pending "
    "ELSE credits_posted - debits_posted - debits_pending END"
)


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _sparse_index(
    name: str, column: str, unique: bool = True, table: str = "ledger_transfers"
) -> Index:
    """An index over the rows where ``column`` is set.

    Most transfers have no idempotency key, batch, pending or reversal reference; leaving
    their NULLs out of the index saves a B-tree write per transfer on the hot path.
    """
    condition = text(f"{column} IS NOT NULL")
    prefix = "uq" if unique else "ix"
    return Index(
        f"{prefix}_{table}_{name}",
        column,
        unique=unique,
        sqlite_where=condition,
        postgresql_where=condition,
    )


accounts = Table(
    "ledger_accounts",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("code", String(120), nullable=False, unique=True),
    Column("currency", String(3), nullable=False),
    Column("type", String(10), nullable=False),
    Column("owner_type", String(20), nullable=False),
    Column("owner_id", String(64)),
    Column("purpose", String(40), nullable=False),
    Column("name", String(200), nullable=False, server_default=""),
    Column("status", String(10), nullable=False, server_default="active"),
    Column("overdraft_limit", BigInteger),
    Column("debits_pending", BigInteger, nullable=False, server_default="0"),
    Column("debits_posted", BigInteger, nullable=False, server_default="0"),
    Column("credits_pending", BigInteger, nullable=False, server_default="0"),
    Column("credits_posted", BigInteger, nullable=False, server_default="0"),
    Column("last_transfer_id", Id),
    Column("created_at", UtcDateTime(), nullable=False),
    CheckConstraint(_one_of("currency", CURRENCIES), name="currency"),
    CheckConstraint(_one_of("type", ACCOUNT_TYPES), name="type"),
    CheckConstraint(_one_of("status", ACCOUNT_STATUSES), name="status"),
    CheckConstraint("overdraft_limit IS NULL OR overdraft_limit >= 0", name="limit_sign"),
    CheckConstraint(
        "debits_pending >= 0 AND debits_posted >= 0 AND credits_pending >= 0"
        " AND credits_posted >= 0",
        name="totals_sign",
    ),
    CheckConstraint(
        f"overdraft_limit IS NULL OR {_AVAILABLE} >= -overdraft_limit", name="within_limit"
    ),
    Index("ix_ledger_accounts_owner", "owner_type", "owner_id"),
)

batches = Table(
    "ledger_batches",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("idempotency_key", String(100)),
    Column("payload_hash", String(64)),
    Column("size", Integer, nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    _sparse_index("idempotency_key", "idempotency_key", table="ledger_batches"),
)

# Each transfer that changes posted balances links to the previous such transfer of each of
# its accounts, and each account to its latest one: a statement walks this chain, so no
# per-account index has to be written on every transfer (see docs/decisions/0002).
transfers = Table(
    "ledger_transfers",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("kind", String(16), nullable=False),
    Column("debit_account_id", Id, ForeignKey("ledger_accounts.id"), nullable=False),
    Column("credit_account_id", Id, ForeignKey("ledger_accounts.id"), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("amount", BigInteger, nullable=False),
    Column("purpose", String(40), nullable=False),
    Column("memo", String(500), nullable=False, server_default=""),
    Column("meta", JSON(none_as_null=True)),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("idempotency_key", String(100)),
    Column("payload_hash", String(64)),
    Column("batch_id", Id, ForeignKey("ledger_batches.id")),
    Column("pending_id", Id, ForeignKey("ledger_transfers.id")),
    Column("reverses_id", Id, ForeignKey("ledger_transfers.id")),
    Column("expires_at", UtcDateTime()),
    Column("debit_previous_id", Id),
    Column("credit_previous_id", Id),
    Column("debit_balance_after", BigInteger, nullable=False),
    Column("credit_balance_after", BigInteger, nullable=False),
    Column("digest", String(64), nullable=False),
    CheckConstraint("amount > 0", name="amount_positive"),
    CheckConstraint("debit_account_id <> credit_account_id", name="distinct_accounts"),
    CheckConstraint(_one_of("kind", TRANSFER_KINDS), name="kind"),
    CheckConstraint(_one_of("currency", CURRENCIES), name="currency"),
    _sparse_index("batch", "batch_id", unique=False),
    _sparse_index("idempotency_key", "idempotency_key"),
    _sparse_index("pending_id", "pending_id"),
    _sparse_index("reverses_id", "reverses_id"),
    Index(
        "ix_ledger_transfers_pending_expiry",
        "expires_at",
        sqlite_where=text("kind = 'pending'"),
        postgresql_where=text("kind = 'pending'"),
    ),
)

GENESIS_DIGEST = "0" * 64

# Block n covers the transfers with after_id < id <= last_id; its digest chains the
# previous block's and the digests of those transfers (see docs/decisions/0017).
seals = Table(
    "ledger_seals",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=False),
    Column("after_id", Id, nullable=False),
    Column("last_id", Id, nullable=False),
    Column("count", Integer, nullable=False),
    Column("previous_digest", String(64), nullable=False),
    Column("digest", String(64), nullable=False),
    Column("key_id", String(16), nullable=False),
    Column("sealed_at", UtcDateTime(), nullable=False),
    CheckConstraint("last_id > after_id AND count > 0", name="range"),
)
