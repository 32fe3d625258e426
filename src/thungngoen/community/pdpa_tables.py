"""Tables of the PDPA registers (decision 0049): the privacy notices, the data subjects'
requests and the breaches."""

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)

from thungngoen.community.table_columns import one_of
from thungngoen.db.metadata import metadata
from thungngoen.db.types import UtcDateTime
from thungngoen.ledger.tables import Id

REQUEST_KINDS = ("access", "correction", "erasure", "objection", "restriction")
"""The data subject's rights of PDPA sections 30-36 (decision 0049)."""
REQUEST_STATUSES = ("received", "in_progress", "done", "refused")
RISK_LEVELS = ("low", "high")
"""``high``: the data subjects are told too (PDPA s.37(4))."""

privacy_notices = Table(
    "community_privacy_notices",
    metadata,
    Column("version", String(20), primary_key=True),
    Column("effective_on", Date, nullable=False),
    Column("text_th", Text, nullable=False),
    Column("text_en", Text, nullable=False),
    Column("published_by", String(80), nullable=False),
    Column("published_at", UtcDateTime(), nullable=False),
)

subject_requests = Table(
    "community_subject_requests",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("person_id", Id, ForeignKey("community_persons.id"), nullable=False),
    Column("kind", String(12), nullable=False),
    Column("detail", String(1000), nullable=False),
    Column("received_at", UtcDateTime(), nullable=False),
    Column("received_by", String(80), nullable=False),
    Column("due_at", UtcDateTime(), nullable=False),
    Column("status", String(12), nullable=False),
    Column("reason", String(1000), nullable=False),
    Column("closed_at", UtcDateTime()),
    Column("closed_by", String(80)),
    CheckConstraint(one_of("kind", REQUEST_KINDS), name="kind"),
    CheckConstraint(one_of("status", REQUEST_STATUSES), name="status"),
    Index("ix_community_subject_requests_person", "person_id"),
    Index("ix_community_subject_requests_open", "status", "due_at"),
)

breaches = Table(
    "community_breaches",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("discovered_at", UtcDateTime(), nullable=False),
    Column("description", String(2000), nullable=False),
    Column("data_affected", String(1000), nullable=False),
    Column("people_affected", Integer, nullable=False),
    Column("risk", String(4), nullable=False),
    Column("recorded_by", String(80), nullable=False),
    Column("recorded_at", UtcDateTime(), nullable=False),
    Column("office_notified_at", UtcDateTime()),
    Column("people_notified_at", UtcDateTime()),
    CheckConstraint(one_of("risk", RISK_LEVELS), name="risk"),
    CheckConstraint("people_affected >= 0", name="people_affected"),
)
