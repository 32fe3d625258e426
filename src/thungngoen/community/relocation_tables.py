"""Tables of the relocation requests and their proposals to CODI (decision 0048)."""

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

from thungngoen.community.table_columns import one_of, stamps
from thungngoen.db.metadata import metadata
from thungngoen.db.types import UtcDateTime
from thungngoen.ledger.tables import Id

RELOCATION_STATUSES = ("registered", "verified", "proposed", "approved", "moved", "withdrawn")
"""A relocation request's way (decision 0048): registered → verified → in a proposal →
approved (by CODI) → moved, or withdrawn from any step before moving."""
RELOCATION_REASONS = ("eviction", "railway_land", "crowded", "rent_burden", "unsafe", "other")

relocation_proposals = Table(
    "community_relocation_proposals",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("note", String(500), nullable=False),
    Column("created_by", String(80), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
)

relocation_requests = Table(
    "community_relocation_requests",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("household_id", Id, ForeignKey("community_households.id"), nullable=False, unique=True),
    Column("reason", String(14), nullable=False),
    Column("reason_note", String(300), nullable=False),
    Column("declared_savings", BigInteger),
    Column("loan_amount", BigInteger, nullable=False),
    Column("status", String(12), nullable=False),
    Column("proposal_id", Id, ForeignKey("community_relocation_proposals.id")),
    Column("version", Integer, nullable=False),
    Column("created_by", String(80), nullable=False),
    *stamps(),
    CheckConstraint(one_of("reason", RELOCATION_REASONS), name="reason"),
    CheckConstraint(one_of("status", RELOCATION_STATUSES), name="status"),
    CheckConstraint(
        "loan_amount > 0 AND (declared_savings IS NULL OR declared_savings >= 0)", name="money"
    ),
    Index("ix_community_relocation_requests_status", "status"),
    Index("ix_community_relocation_requests_proposal", "proposal_id"),
)

relocation_steps = Table(
    "community_relocation_steps",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("request_id", Id, ForeignKey("community_relocation_requests.id"), nullable=False),
    Column("from_status", String(12)),
    Column("to_status", String(12), nullable=False),
    Column("note", String(300), nullable=False),
    Column("actor", String(80), nullable=False),
    Column("at", UtcDateTime(), nullable=False),
    Index("ix_community_relocation_steps_request", "request_id", "id"),
)
