"""Tables of redemption: tier rules, merchant-to-merchant payments, redemptions, payouts."""

from sqlalchemy import (
    BigInteger,
    Boolean,
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

BASIS = 10_000
"""Shares and fees are in basis points: 10,000 = 100%."""
INSTRUCTION_STATUSES = ("queued", "batched", "paid")
BATCH_STATUSES = ("open", "paid")

tier_rules = Table(
    "wallet_tier_rules",
    metadata,
    Column("tier", String(20), primary_key=True),
    Column("may_redeem", Boolean, nullable=False),
    Column("respend_share_bp", Integer, nullable=False),
    Column("fee_bp", Integer, nullable=False),
    Column("updated_at", UtcDateTime(), nullable=False),
    CheckConstraint("respend_share_bp BETWEEN 0 AND 10000", name="respend_share"),
    CheckConstraint("fee_bp >= 0 AND fee_bp < 10000", name="fee"),
)

merchant_payments = Table(
    "wallet_merchant_payments",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("transfer_id", Id, ForeignKey("ledger_transfers.id"), nullable=False, unique=True),
    Column("merchant_id", Id, ForeignKey("wallet_merchants.id"), nullable=False),
    Column("supplier_merchant_id", Id, ForeignKey("wallet_merchants.id"), nullable=False),
    Column("amount", BigInteger, nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    CheckConstraint("amount > 0", name="amount_positive"),
    CheckConstraint("merchant_id <> supplier_merchant_id", name="other_merchant"),
    Index("ix_wallet_merchant_payments_merchant", "merchant_id", "id"),
    Index("ix_wallet_merchant_payments_supplier", "supplier_merchant_id", "id"),
)

redemptions = Table(
    "wallet_redemptions",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("merchant_id", Id, ForeignKey("wallet_merchants.id"), nullable=False),
    Column("burn_transfer_id", Id, ForeignKey("ledger_transfers.id"), nullable=False, unique=True),
    Column("amount", BigInteger, nullable=False),
    Column("fee", BigInteger, nullable=False),
    Column("fee_bp", Integer, nullable=False),
    Column("fund_code", String(40), nullable=False),
    Column("tier", String(20), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    CheckConstraint("fee >= 0 AND fee < amount", name="fee_below_amount"),
    Index("ix_wallet_redemptions_merchant", "merchant_id", "id"),
)

payout_batches = Table(
    "wallet_payout_batches",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("status", String(10), nullable=False),
    Column("total", BigInteger, nullable=False),
    Column("instruction_count", Integer, nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("created_by", String(80), nullable=False),
    Column("paid_at", UtcDateTime()),
    Column("paid_by", String(80)),
    Column("bank_reference", String(80)),
    Column("transfer_id", Id, ForeignKey("ledger_transfers.id"), unique=True),
    CheckConstraint(f"status IN ({', '.join(repr(s) for s in BATCH_STATUSES)})", name="status"),
)

payout_instructions = Table(
    "wallet_payout_instructions",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("redemption_id", Id, ForeignKey("wallet_redemptions.id"), nullable=False, unique=True),
    Column("merchant_id", Id, ForeignKey("wallet_merchants.id"), nullable=False),
    Column("amount", BigInteger, nullable=False),
    Column("payout_promptpay", String(20)),
    Column("payout_bank_account", String(40)),
    Column("payout_bank_code", String(3)),
    Column("status", String(10), nullable=False),
    Column("batch_id", Id, ForeignKey("wallet_payout_batches.id")),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("paid_at", UtcDateTime()),
    CheckConstraint("amount > 0", name="amount_positive"),
    CheckConstraint(
        f"status IN ({', '.join(repr(s) for s in INSTRUCTION_STATUSES)})", name="status"
    ),
    CheckConstraint(
        "payout_promptpay IS NOT NULL OR payout_bank_account IS NOT NULL", name="payee"
    ),
    Index("ix_wallet_payout_instructions_status", "status", "id"),
    Index("ix_wallet_payout_instructions_batch", "batch_id"),
)
