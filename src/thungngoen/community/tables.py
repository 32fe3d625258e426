"""The network's central data: municipalities, communities, organisations, the duties
logins hold, households and persons with their lawful basis, consents and the log of
every read of a person's detail (decision 0044).

Money is satang; a person's Thai national ID is never stored, only its keyed digest (the
wallet's recipe, so the two can be matched) and its last four digits."""

from sqlalchemy import (
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
    UniqueConstraint,
)

from thungngoen.community.name_parts import family_part, phone_tail
from thungngoen.community.table_columns import one_of, stamps
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


municipalities = Table(
    "community_municipalities",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("kind", String(12), nullable=False),
    Column("amphoe_code", String(8), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    CheckConstraint(one_of("kind", MUNICIPALITY_KINDS), name="kind"),
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
    *stamps(),
    CheckConstraint(one_of("kind", COMMUNITY_KINDS), name="kind"),
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
    *stamps(),
    CheckConstraint(one_of("sector", SECTORS), name="sector"),
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
    CheckConstraint(one_of("duty", DUTIES), name="duty"),
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
    *stamps(),
    CheckConstraint(one_of("tenure", TENURES), name="tenure"),
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
    *stamps(),
    CheckConstraint(one_of("sex", SEXES), name="sex"),
    CheckConstraint(one_of("relation", RELATIONS), name="relation"),
    CheckConstraint(one_of("education", EDUCATION), name="education"),
    CheckConstraint(one_of("lawful_basis", LAWFUL_BASES), name="lawful_basis"),
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
    CheckConstraint(one_of("kind", CONSENT_KINDS), name="kind"),
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

# The other parts' tables, each in a module of its own, all on the shared metadata when
# the area's tables are loaded.
import thungngoen.community.collection_tables  # noqa: E402
import thungngoen.community.pdpa_tables  # noqa: E402
import thungngoen.community.relocation_tables  # noqa: E402
import thungngoen.community.round_tables  # noqa: E402, F401
