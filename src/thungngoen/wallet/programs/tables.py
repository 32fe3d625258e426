"""Programs' storage: their tables and the ``Program`` value read from them."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Column,
    ForeignKey,
    Integer,
    String,
    Table,
    UniqueConstraint,
)
from sqlalchemy.engine import Row

from thungngoen.db.metadata import metadata
from thungngoen.db.types import UtcDateTime
from thungngoen.ledger.tables import Id

PROGRAM_KINDS = ("sandbox", "event")

programs = Table(
    "wallet_programs",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("code", String(40), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("kind", String(10), nullable=False),
    Column("allowed_tambons", JSON, nullable=False),
    Column("excluded_categories", JSON, nullable=False),
    Column("daily_limit", BigInteger),
    Column("monthly_limit", BigInteger),
    Column("valid_from", UtcDateTime(), nullable=False),
    Column("valid_until", UtcDateTime()),
    Column("active", Integer, nullable=False, server_default="1"),
    Column("fund_code", String(40)),
    Column("allowance", BigInteger),
    Column("closed_at", UtcDateTime()),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("updated_at", UtcDateTime(), nullable=False),
    CheckConstraint(f"kind IN ({', '.join(repr(k) for k in PROGRAM_KINDS)})", name="kind"),
)

event_merchants = Table(
    "wallet_event_merchants",
    metadata,
    Column("program_id", Id, ForeignKey("wallet_programs.id"), primary_key=True),
    Column("merchant_id", Id, ForeignKey("wallet_merchants.id"), primary_key=True),
    Column("added_at", UtcDateTime(), nullable=False),
)

event_participants = Table(
    "wallet_event_participants",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("program_id", Id, ForeignKey("wallet_programs.id"), nullable=False),
    Column("member_id", Id, ForeignKey("wallet_members.id"), nullable=False),
    Column("account_id", Id, ForeignKey("ledger_accounts.id"), nullable=False, unique=True),
    Column("allowance", BigInteger, nullable=False),
    Column("credit_transfer_id", Id, ForeignKey("ledger_transfers.id"), nullable=False),
    Column("returned", BigInteger),
    Column("registered_at", UtcDateTime(), nullable=False),
    UniqueConstraint("program_id", "member_id", name="uq_wallet_event_participants_member"),
    CheckConstraint("allowance > 0", name="allowance_positive"),
)


@dataclass(frozen=True, slots=True)
class Program:
    id: int
    code: str
    name: str
    kind: str
    allowed_tambons: tuple[str, ...]
    """Sub-districts whose merchants the program allows; empty: anywhere."""
    excluded_categories: tuple[str, ...]
    daily_limit: int | None
    """Per member, per day in Thai time (UTC+7), in satang; ``None``: no limit."""
    monthly_limit: int | None
    """Per member, per calendar month in Thai time (UTC+7), in satang."""
    valid_from: datetime
    valid_until: datetime | None
    """Exclusive end; for an event, its expiry. ``None``: open-ended (sandbox only)."""
    active: bool
    fund_code: str | None
    """Event: the community fund (``thb:fund:<code>``) that pays the allowances."""
    allowance: int | None
    """Event: what each participant is credited, in satang."""
    closed_at: datetime | None

    def valid_at(self, moment: datetime) -> bool:
        return self.valid_from <= moment and (self.valid_until is None or moment < self.valid_until)


def program_from_row(row: Row[Any]) -> Program:
    values = dict(row._mapping)
    values["allowed_tambons"] = tuple(values["allowed_tambons"])
    values["excluded_categories"] = tuple(values["excluded_categories"])
    values["active"] = bool(values["active"])
    return Program(**{key: values[key] for key in Program.__slots__})
