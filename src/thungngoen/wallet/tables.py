"""Wallet tables: the people and shops of the coin, and the requests that move it."""

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
from thungngoen.ledger.tables import Id

MERCHANT_STATUSES = ("pending", "approved", "suspended")
DEFAULT_FLOAT_LIMIT = 2_000_000
"""20,000 baht: the cash an agent may hold for the operator until the operator sets
another limit (see docs/decisions/0020-agent-float-limits.md)."""

members = Table(
    "wallet_members",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("user_id", Id, ForeignKey("auth_users.id"), nullable=False, unique=True),
    Column("account_id", Id, ForeignKey("ledger_accounts.id"), nullable=False, unique=True),
    Column("community", String(200), nullable=False, server_default=""),
    Column("tambon_code", String(16), nullable=False),
    Column("national_id_digest", String(64), unique=True),
    Column("national_id_last4", String(4)),
    Column("customer_qr_limit", BigInteger, nullable=False, server_default="50000"),
    Column("created_at", UtcDateTime(), nullable=False),
)

merchants = Table(
    "wallet_merchants",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("owner_user_id", Id, ForeignKey("auth_users.id"), nullable=False),
    Column("account_id", Id, ForeignKey("ledger_accounts.id"), nullable=False, unique=True),
    Column("business_name", String(200), nullable=False),
    Column("category", String(40), nullable=False),
    Column("tambon_code", String(16), nullable=False),
    Column("tier", String(20), nullable=False, server_default="standard"),
    Column("status", String(10), nullable=False, server_default="pending"),
    Column("payout_promptpay", String(20)),
    Column("payout_bank_account", String(40)),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("payout_bank_code", String(3)),
    CheckConstraint(f"status IN ({', '.join(repr(s) for s in MERCHANT_STATUSES)})", name="status"),
    Index("ix_wallet_merchants_owner", "owner_user_id"),
)

agents = Table(
    "wallet_agents",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("user_id", Id, ForeignKey("auth_users.id"), nullable=False, unique=True),
    Column("float_account_id", Id, ForeignKey("ledger_accounts.id"), nullable=False),
    Column("name", String(200), nullable=False),
    Column("tambon_code", String(16), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("float_limit", BigInteger, nullable=False, server_default=str(DEFAULT_FLOAT_LIMIT)),
    CheckConstraint("float_limit > 0", name="float_limit_positive"),
)

payment_requests = Table(
    "wallet_payment_requests",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("merchant_id", Id, ForeignKey("wallet_merchants.id"), nullable=False),
    Column("amount", BigInteger, nullable=False),
    Column("reference", String(60), nullable=False, server_default=""),
    Column("expires_at", UtcDateTime(), nullable=False),
    Column("paid_transfer_id", Id, ForeignKey("ledger_transfers.id"), unique=True),
    Column("paid_by_member_id", Id, ForeignKey("wallet_members.id")),
    Column("created_at", UtcDateTime(), nullable=False),
    CheckConstraint("amount > 0", name="amount_positive"),
    # a shop's open bills, found by its number (merchant_pay.by_number)
    Index("ix_wallet_payment_requests_open", "merchant_id", "expires_at"),
)

payments = Table(
    "wallet_payments",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("transfer_id", Id, ForeignKey("ledger_transfers.id"), nullable=False, unique=True),
    Column("member_id", Id, ForeignKey("wallet_members.id"), nullable=False),
    Column("merchant_id", Id, ForeignKey("wallet_merchants.id"), nullable=False),
    Column("amount", BigInteger, nullable=False),
    Column("discount", BigInteger, nullable=False, server_default="0"),
    Column("refunded", BigInteger, nullable=False, server_default="0"),
    Column("program_id", Integer),
    Column("channel", String(20), nullable=False),
    Column("idempotency_key", String(120), unique=True),
    Column("details", JSON(none_as_null=True)),
    Column("created_at", UtcDateTime(), nullable=False),
    CheckConstraint("refunded >= 0 AND refunded <= amount", name="refund_bounded"),
    Index("ix_wallet_payments_merchant", "merchant_id", "id"),
    Index("ix_wallet_payments_member_day", "member_id", "created_at"),
)

topup_requests = Table(
    "wallet_topup_requests",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("member_id", Id, ForeignKey("wallet_members.id"), nullable=False),
    Column("reference", String(20), nullable=False, unique=True),
    Column("requested", BigInteger, nullable=False),
    Column("amount", BigInteger, nullable=False),
    Column("status", String(10), nullable=False, server_default="open"),
    Column("transfer_id", Id, ForeignKey("ledger_transfers.id")),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("expires_at", UtcDateTime(), nullable=False),
    Index(
        "uq_wallet_topup_requests_open_amount",
        "amount",
        unique=True,
        sqlite_where=text("status = 'open'"),
        postgresql_where=text("status = 'open'"),
    ),
)

promotions = Table(
    "wallet_promotions",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("merchant_id", Id, ForeignKey("wallet_merchants.id"), nullable=False),
    Column("kind", String(10), nullable=False),
    Column("basis_points", Integer, nullable=False),
    Column("cap", BigInteger),
    Column("min_spend", BigInteger, nullable=False, server_default="0"),
    Column("starts_at", UtcDateTime(), nullable=False),
    Column("ends_at", UtcDateTime(), nullable=False),
    Column("active", Integer, nullable=False, server_default="1"),
    Column("created_at", UtcDateTime(), nullable=False),
    CheckConstraint("kind IN ('percent', 'cashback')", name="kind"),
    CheckConstraint("basis_points > 0 AND basis_points <= 10000", name="basis_points"),
    Index("ix_wallet_promotions_merchant", "merchant_id", "ends_at"),
)

used_codes = Table(
    "wallet_used_codes",
    metadata,
    Column("nonce", String(32), primary_key=True),
    Column("payment_id", Id, ForeignKey("wallet_payments.id"), nullable=False),
    Column("used_at", UtcDateTime(), nullable=False),
)

refunds = Table(
    "wallet_refunds",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("payment_id", Id, ForeignKey("wallet_payments.id"), nullable=False),
    Column("transfer_id", Id, ForeignKey("ledger_transfers.id"), nullable=False, unique=True),
    Column("idempotency_key", String(120), nullable=False, unique=True),
    Column("amount", BigInteger, nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
)

FUND_GIFT_KINDS = ("donation", "grant")

fund_gifts = Table(
    "wallet_fund_gifts",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("fund_code", String(40), nullable=False),
    Column("kind", String(10), nullable=False),
    Column("donor", String(200), nullable=False),
    Column("reference", String(60), nullable=False, server_default=""),
    Column("amount", BigInteger, nullable=False),
    Column("transfer_id", Id, ForeignKey("ledger_transfers.id"), nullable=False, unique=True),
    Column("idempotency_key", String(120), nullable=False, unique=True),
    Column("actor", String(60), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    CheckConstraint("kind IN ('donation', 'grant')", name="kind"),
    CheckConstraint("amount > 0", name="amount_positive"),
    Index("ix_wallet_fund_gifts_fund", "fund_code", "id"),
)
"""Donations and grants of baht into a community fund (issue 13): who gave, under what
reference; the money itself is the ledger transfer ``thb:bank`` → ``thb:fund:<code>``."""
