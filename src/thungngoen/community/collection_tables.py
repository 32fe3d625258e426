"""Tables of what comes in from outside the office: the collectors' field entries
(decision 0046) and the spreadsheets imported (decision 0047)."""

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    UniqueConstraint,
)

from thungngoen.community.table_columns import one_of, stamps
from thungngoen.db.metadata import metadata
from thungngoen.db.types import UtcDateTime
from thungngoen.ledger.tables import Id

FIELD_KINDS = ("household", "person", "new_person")
"""What a collector's phone sends (decision 0046): a change to a household, a change to a
person, a new person of a household."""
FIELD_OUTCOMES = ("applied", "conflict", "refused")

field_entries = Table(
    "community_field_entries",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("idempotency_key", String(36), nullable=False, unique=True),
    Column("collector_id", Id, ForeignKey("auth_users.id"), nullable=False),
    Column("kind", String(12), nullable=False),
    Column("household_id", Id, ForeignKey("community_households.id")),
    Column("person_id", Id, ForeignKey("community_persons.id")),
    Column("payload", JSON, nullable=False),
    Column("base_version", Integer),
    Column("made_at", UtcDateTime(), nullable=False),
    Column("received_at", UtcDateTime(), nullable=False),
    Column("outcome", String(10), nullable=False),
    Column("reason", String(60), nullable=False),
    Column("message", String(300), nullable=False),
    Column("version", Integer),
    Column("resolution", String(10)),
    Column("resolved_by", String(80)),
    Column("resolved_at", UtcDateTime()),
    CheckConstraint(one_of("kind", FIELD_KINDS), name="kind"),
    CheckConstraint(one_of("outcome", FIELD_OUTCOMES), name="outcome"),
    Index("ix_community_field_entries_outcome", "outcome", "household_id"),
    Index("ix_community_field_entries_collector", "collector_id", "received_at"),
)
"""Every entry a phone sent, once per idempotency key: what it asked (``payload``), on
which version, and what came of it — ``applied`` (``version`` is the record's new
version), ``conflict`` (kept, not applied; ``version`` is the office's version then; the
office's ``resolution`` later: ``field``, ``office`` or ``mixed``) or ``refused``
(``reason`` is the rejection code, ``message`` its English)."""
import_mappings = Table(
    "community_import_mappings",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("owner", String(40), nullable=False),
    Column("name", String(100), nullable=False),
    Column("mapping", String(4000), nullable=False),
    Column("saved_by", String(80), nullable=False),
    *stamps(),
    UniqueConstraint("owner", "name", name="uq_community_import_mappings_owner"),
)
"""A column mapping saved for reuse (decision 0047): ``owner`` is ``organisation:<id>``
for an organisation's editors or ``network`` for the coordinators; ``mapping`` is JSON
(field → the file's header)."""

import_runs = Table(
    "community_import_runs",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("actor", String(80), nullable=False),
    Column("file_name", String(200), nullable=False),
    Column("file_digest", String(64), nullable=False),
    Column("rows", Integer, nullable=False),
    Column("rejected", Integer, nullable=False),
    Column("households_created", Integer, nullable=False),
    Column("households_updated", Integer, nullable=False),
    Column("persons_created", Integer, nullable=False),
    Column("persons_updated", Integer, nullable=False),
    Column("unchanged", Integer, nullable=False),
    Column("good_rows_only", Boolean, nullable=False),
    Column("imported_at", UtcDateTime(), nullable=False),
)
"""Every import that wrote, with what it did (an import that changed nothing is kept too:
it shows the file was imported again)."""
