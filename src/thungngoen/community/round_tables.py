"""Tables of the survey rounds (decision 0045): rounds with their communities and
collectors, the questions an organisation adds to a round, the household records each
round collects, and the versioned deprivation thresholds.

A record keeps the figures the five dimensions are judged on (income per person a year,
and per dimension how many of its indicators the household fails), not the verdict: the
coordinator may move a threshold and the counts follow without touching a record."""

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
    UniqueConstraint,
)

from thungngoen.db.metadata import metadata
from thungngoen.db.types import UtcDateTime
from thungngoen.ledger.tables import Id

ROUND_STATUSES = ("planned", "open", "closed")
QUESTION_KINDS = ("text", "number", "date", "yes_no", "one_choice", "choices")
DIMENSIONS = ("income", "living", "health", "education", "services")
"""TPMAP's five dimensions: income, living conditions, health, education, access to
public services."""

rounds = Table(
    "community_rounds",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("starts_on", Date, nullable=False),
    Column("ends_on", Date, nullable=False),
    Column("questionnaire", String(20), nullable=False),
    Column("status", String(8), nullable=False),
    Column("created_by", String(80), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("opened_at", UtcDateTime()),
    Column("closed_at", UtcDateTime()),
    CheckConstraint("status IN ('planned', 'open', 'closed')", name="status"),
    CheckConstraint("ends_on >= starts_on", name="period"),
)

round_communities = Table(
    "community_round_communities",
    metadata,
    Column("round_id", Id, ForeignKey("community_rounds.id"), primary_key=True),
    Column("community_id", Id, ForeignKey("community_communities.id"), primary_key=True),
)

round_collectors = Table(
    "community_round_collectors",
    metadata,
    Column("round_id", Id, ForeignKey("community_rounds.id"), primary_key=True),
    Column("community_id", Id, ForeignKey("community_communities.id"), primary_key=True),
    Column("user_id", Id, ForeignKey("auth_users.id"), primary_key=True),
    Column("duty_id", Id, ForeignKey("community_duties.id"), nullable=False),
    Index("ix_community_round_collectors_user", "user_id"),
)

round_questions = Table(
    "community_round_questions",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("round_id", Id, ForeignKey("community_rounds.id"), nullable=False),
    Column("key", String(40), nullable=False),
    Column("position", Integer, nullable=False),
    Column("kind", String(10), nullable=False),
    Column("label_th", String(300), nullable=False),
    Column("label_en", String(300), nullable=False),
    Column("required", Boolean, nullable=False),
    Column("min_value", BigInteger),
    Column("max_value", BigInteger),
    Column("choices", JSON(none_as_null=True)),
    Column("added_by", String(80), nullable=False),
    Column("added_at", UtcDateTime(), nullable=False),
    CheckConstraint(
        "kind IN ('text', 'number', 'date', 'yes_no', 'one_choice', 'choices')", name="kind"
    ),
    UniqueConstraint("round_id", "key", name="uq_community_round_questions_key"),
)

round_records = Table(
    "community_round_records",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("round_id", Id, ForeignKey("community_rounds.id"), nullable=False),
    Column("household_id", Id, ForeignKey("community_households.id"), nullable=False),
    Column("community_id", Id, ForeignKey("community_communities.id"), nullable=False),
    Column("collector_id", Id, ForeignKey("auth_users.id"), nullable=False),
    Column("duty_id", Id, ForeignKey("community_duties.id")),
    Column("idempotency_key", String(64), nullable=False, unique=True),
    Column("answers", JSON, nullable=False),
    Column("members", Integer, nullable=False),
    Column("tenure", String(14), nullable=False),
    Column("income_year", BigInteger, nullable=False),
    Column("income_per_person", BigInteger, nullable=False),
    Column("income_failed", Integer, nullable=False),
    Column("living_failed", Integer, nullable=False),
    Column("health_failed", Integer, nullable=False),
    Column("education_failed", Integer, nullable=False),
    Column("services_failed", Integer, nullable=False),
    Column("version", Integer, nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("updated_at", UtcDateTime(), nullable=False),
    UniqueConstraint("round_id", "household_id", name="uq_community_round_records_household"),
    Index("ix_community_round_records_round", "round_id", "community_id"),
    Index("ix_community_round_records_household", "household_id"),
)

thresholds = Table(
    "community_deprivation_thresholds",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("income_line", BigInteger, nullable=False),
    Column("income_failed", Integer, nullable=False),
    Column("living_failed", Integer, nullable=False),
    Column("health_failed", Integer, nullable=False),
    Column("education_failed", Integer, nullable=False),
    Column("services_failed", Integer, nullable=False),
    Column("reason", String(300), nullable=False),
    Column("set_by", String(80), nullable=False),
    Column("set_at", UtcDateTime(), nullable=False),
    CheckConstraint("income_line >= 0", name="income_line"),
)
