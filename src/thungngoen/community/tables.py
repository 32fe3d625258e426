"""The network's central data: municipalities, communities, organisations, the duties
logins hold, households and persons with their lawful basis, consents and the log of
every read of a person's detail (decision 0044).

Money is satang; a person's Thai national ID is never stored, only its keyed digest (the
wallet's recipe, so the two can be matched) and its last four digits."""

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from thungngoen.community.name_parts import family_part, phone_tail
from thungngoen.db.metadata import metadata
from thungngoen.db.types import UtcDateTime
from thungngoen.ledger.tables import Id

MUNICIPALITY_KINDS = ("city", "town", "subdistrict")
"""เทศบาลนคร, เทศบาลเมือง, เทศบาลตำบล."""
COMMUNITY_KINDS = ("urban", "rural", "crowded", "railway", "fishing", "other")
"""Urban, rural, slum or crowded (ชุมชนแออัด), on railway land, fishing village, other."""
SECTORS = (
    "civil_society",
    "private",
    "local_government",
    "academia",
    "community_organisation",
    "national_agency",
)
DIMENSIONS = ("creative_economy", "sustainable_environment", "happy_society")
DUTIES = ("coordinator", "editor", "collector", "leader")
"""Network coordinator (everything), an organisation's editor, a data collector assigned
to communities, a community leader."""
TENURES = ("own", "rent", "railway_land", "public_land", "baan_mankong", "other")
SEXES = ("female", "male", "other")
RELATIONS = ("head", "spouse", "child", "parent", "grandchild", "sibling", "relative", "other")
EDUCATION = (
    "none",
    "primary",
    "lower_secondary",
    "upper_secondary",
    "vocational",
    "bachelor",
    "postgraduate",
    "unknown",
)
LAWFUL_BASES = (
    "consent",
    "research",
    "vital_interest",
    "contract",
    "public_task",
    "legitimate_interest",
    "legal_duty",
)
"""Section 19 consent, or one of the other bases of section 24."""
CONSENT_KINDS = ("general", "sensitive")
"""``general``: the s.19 consent to the record; ``sensitive``: the explicit s.26 consent
to health and disability data."""


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _stamps() -> tuple[Column[object], Column[object]]:
    return (
        Column("created_at", UtcDateTime(), nullable=False),
        Column("updated_at", UtcDateTime(), nullable=False),
    )


municipalities = Table(
    "community_municipalities",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("kind", String(12), nullable=False),
    Column("amphoe_code", String(8), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    CheckConstraint(_one_of("kind", MUNICIPALITY_KINDS), name="kind"),
)

municipality_tambons = Table(
    "community_municipality_tambons",
    metadata,
    Column("municipality_id", Id, ForeignKey("community_municipalities.id"), primary_key=True),
    Column("tambon_code", String(16), primary_key=True),
)

communities = Table(
    "community_communities",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False),
    Column("kind", String(10), nullable=False),
    Column("tambon_code", String(16), nullable=False),
    Column("municipality_id", Id, ForeignKey("community_municipalities.id")),
    Column("leader_name", String(200), nullable=False),
    Column("latitude_e6", Integer),
    Column("longitude_e6", Integer),
    *_stamps(),
    CheckConstraint(_one_of("kind", COMMUNITY_KINDS), name="kind"),
    UniqueConstraint("tambon_code", "name", name="uq_community_communities_place"),
    Index("ix_community_communities_municipality", "municipality_id"),
)

savings_links = Table(
    "community_savings_links",
    metadata,
    Column("community_id", Id, ForeignKey("community_communities.id"), primary_key=True),
    Column("savings_group_id", Id, ForeignKey("savings_groups.id"), primary_key=True),
)

organisations = Table(
    "community_organisations",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("name_th", String(200), nullable=False, unique=True),
    Column("name_en", String(200), nullable=False),
    Column("sector", String(30), nullable=False),
    Column("creative_economy", Boolean, nullable=False),
    Column("sustainable_environment", Boolean, nullable=False),
    Column("happy_society", Boolean, nullable=False),
    Column("contact_name", String(200), nullable=False),
    Column("contact_phone", String(20), nullable=False),
    Column("contact_email", String(200), nullable=False),
    *_stamps(),
    CheckConstraint(_one_of("sector", SECTORS), name="sector"),
)

organisation_places = Table(
    "community_organisation_places",
    metadata,
    Column("organisation_id", Id, ForeignKey("community_organisations.id"), primary_key=True),
    Column("node", String(40), primary_key=True),
)

duties = Table(
    "community_duties",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("user_id", Id, ForeignKey("auth_users.id"), nullable=False),
    Column("duty", String(12), nullable=False),
    Column("organisation_id", Id, ForeignKey("community_organisations.id")),
    Column("community_id", Id, ForeignKey("community_communities.id")),
    Column("granted_by", String(80), nullable=False),
    Column("granted_at", UtcDateTime(), nullable=False),
    Column("ended_at", UtcDateTime()),
    CheckConstraint(_one_of("duty", DUTIES), name="duty"),
    Index("ix_community_duties_user", "user_id"),
)

households = Table(
    "community_households",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("community_id", Id, ForeignKey("community_communities.id"), nullable=False),
    Column("house_number", String(20), nullable=False),
    Column("address", String(300), nullable=False),
    Column("house_registration_no", String(11)),
    Column("tenure", String(14), nullable=False),
    Column("income_month", BigInteger, nullable=False),
    Column("debts", BigInteger, nullable=False),
    Column("wish_to_relocate", Boolean, nullable=False),
    Column("version", Integer, nullable=False),
    Column("created_by", String(80), nullable=False),
    *_stamps(),
    CheckConstraint(_one_of("tenure", TENURES), name="tenure"),
    CheckConstraint("income_month >= 0 AND debts >= 0", name="money"),
    Index("ix_community_households_community", "community_id", "house_number"),
)

persons = Table(
    "community_persons",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("household_id", Id, ForeignKey("community_households.id"), nullable=False),
    Column("name", String(200), nullable=False),
    Column("birth_date", Date, nullable=False),
    Column("sex", String(6), nullable=False),
    Column("relation", String(12), nullable=False),
    Column("national_id_digest", String(64), unique=True),
    Column("national_id_last4", String(4)),
    Column("phone", String(10)),
    Column("occupation", String(100), nullable=False),
    Column("education", String(16), nullable=False),
    Column("chronic_illness", Boolean),
    Column("disability", Boolean),
    Column("bedridden", Boolean),
    Column("elderly_alone", Boolean, nullable=False),
    Column("child_out_of_school", Boolean, nullable=False),
    Column("wallet_member_id", Id, ForeignKey("wallet_members.id")),
    Column("savings_member_id", Id, ForeignKey("savings_members.id")),
    Column("lawful_basis", String(20), nullable=False),
    Column("basis_reason", String(300), nullable=False),
    Column("version", Integer, nullable=False),
    *_stamps(),
    CheckConstraint(_one_of("sex", SEXES), name="sex"),
    CheckConstraint(_one_of("relation", RELATIONS), name="relation"),
    CheckConstraint(_one_of("education", EDUCATION), name="education"),
    CheckConstraint(_one_of("lawful_basis", LAWFUL_BASES), name="lawful_basis"),
    Index("ix_community_persons_household", "household_id"),
    Index("ix_community_persons_phone", "phone"),
    Index("ix_community_persons_name", "name"),
)
# Search by the start of a family name, by a phone's last four digits, by a house number
# across communities (decision 0050).
Index("ix_community_persons_family", family_part(persons.c.name))
Index("ix_community_persons_phone_tail", phone_tail(persons.c.phone))
Index("ix_community_households_number", households.c.house_number)

consents = Table(
    "community_consents",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("person_id", Id, ForeignKey("community_persons.id"), nullable=False),
    Column("kind", String(10), nullable=False),
    Column("purpose", String(300), nullable=False),
    Column(
        "notice_version",
        String(20),
        ForeignKey("community_privacy_notices.version"),
        nullable=False,
    ),
    Column("given_at", UtcDateTime(), nullable=False),
    Column("taken_by", String(80), nullable=False),
    Column("withdrawn_at", UtcDateTime()),
    Column("withdrawn_by", String(80)),
    CheckConstraint(_one_of("kind", CONSENT_KINDS), name="kind"),
    Index("ix_community_consents_person", "person_id", "kind"),
)

personal_reads = Table(
    "community_personal_reads",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("person_id", Id, ForeignKey("community_persons.id"), nullable=False),
    Column("reader", String(80), nullable=False),
    Column("what", String(40), nullable=False),
    Column("purpose", String(200), nullable=False),
    Column("read_at", UtcDateTime(), nullable=False),
    Index("ix_community_personal_reads_person", "person_id", "read_at"),
)

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
    *_stamps(),
    CheckConstraint(_one_of("reason", RELOCATION_REASONS), name="reason"),
    CheckConstraint(_one_of("status", RELOCATION_STATUSES), name="status"),
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
# The survey rounds (decision 0045) declare their tables in their own module.
import thungngoen.community.round_tables  # noqa: E402, F401

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
    CheckConstraint(_one_of("kind", FIELD_KINDS), name="kind"),
    CheckConstraint(_one_of("outcome", FIELD_OUTCOMES), name="outcome"),
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
    *_stamps(),
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
    CheckConstraint(_one_of("kind", REQUEST_KINDS), name="kind"),
    CheckConstraint(_one_of("status", REQUEST_STATUSES), name="status"),
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
    CheckConstraint(_one_of("risk", RISK_LEVELS), name="risk"),
    CheckConstraint("people_affected >= 0", name="people_affected"),
)
