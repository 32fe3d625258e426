"""Savings groups' storage. Money lives on the ledger (see ``book``); these tables hold the
groups, their people and rules, and the sub-ledger of entries that says which meeting
moved whose money for what."""

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
    Time,
    UniqueConstraint,
)

from thungngoen.db.metadata import metadata
from thungngoen.db.types import UtcDateTime
from thungngoen.ledger.tables import Id

GROUP_STATUSES = ("forming", "active", "closed")
OFFICES = ("chair", "treasurer", "secretary", "collector")
INTEREST_METHODS = ("flat", "declining")
REPAYMENT_METHODS = ("equal_instalments", "equal_principal")
ENTERPRISE_BASES = ("deposits", "profit")
LOAN_STATUSES = ("applied", "approved", "rejected", "active", "repaid", "written_off")
CHANNELS = ("cash", "coin")
ENTRY_KINDS = (
    "commitment",
    "voluntary",
    "welfare_contribution",
    "fine",
    "repayment_principal",
    "repayment_interest",
    "withdrawal",
    "disbursement",
    "expense",
    "welfare_grant",
    "write_off",
    "dividend",
    "enterprise",
)
CASH_IN = frozenset(
    {
        "commitment",
        "voluntary",
        "welfare_contribution",
        "fine",
        "repayment_principal",
        "repayment_interest",
    }
)
"""Entry kinds that are money a member brings to the treasurer (what a receipt lists)."""
CASH_OUT = frozenset({"withdrawal", "disbursement", "expense", "welfare_grant"})


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _account(name: str) -> Column[int]:
    return Column(name, Id, ForeignKey("ledger_accounts.id"), nullable=False, unique=True)


enterprises = Table(
    "savings_enterprises",
    metadata,
    Column("code", String(40), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("tambon_code", String(16), nullable=False),
    _account("cash_account_id"),
    _account("capital_account_id"),
    Column("created_at", UtcDateTime(), nullable=False),
)

groups = Table(
    "savings_groups",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("code", String(40), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("tambon_code", String(16), nullable=False),
    Column("community", String(200), nullable=False),
    Column("status", String(10), nullable=False),
    Column("founded_on", Date, nullable=False),
    Column("enterprise_code", String(40), ForeignKey("savings_enterprises.code")),
    _account("cash_account_id"),
    _account("interest_account_id"),
    _account("fines_account_id"),
    _account("expenses_account_id"),
    _account("welfare_account_id"),
    _account("reserve_account_id"),
    _account("surplus_account_id"),
    Column("created_at", UtcDateTime(), nullable=False),
    CheckConstraint(_one_of("status", GROUP_STATUSES), name="status"),
    Index("ix_savings_groups_place", "tambon_code", "community"),
)

regulations = Table(
    "savings_regulations",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("group_id", Id, ForeignKey("savings_groups.id"), nullable=False),
    Column("effective_from", Date, nullable=False),
    Column("commitment", BigInteger, nullable=False),
    Column("voluntary_allowed", Boolean, nullable=False),
    Column("interest_bp", Integer, nullable=False),
    Column("interest_method", String(10), nullable=False),
    Column("repayment_method", String(20), nullable=False),
    Column("max_loan_percent", Integer, nullable=False),
    Column("max_loan_months", Integer, nullable=False),
    Column("approvals_required", Integer, nullable=False),
    Column("fine_missed_commitment", BigInteger, nullable=False),
    Column("fine_late_repayment", BigInteger, nullable=False),
    Column("welfare_monthly", BigInteger, nullable=False),
    Column("enterprise_basis", String(10), nullable=False),
    Column("enterprise_bp", Integer, nullable=False),
    Column("dividend_bp", Integer, nullable=False),
    Column("welfare_bp", Integer, nullable=False),
    Column("reserve_bp", Integer, nullable=False),
    Column("created_by", String(80), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    UniqueConstraint("group_id", "effective_from", name="uq_savings_regulations_version"),
    CheckConstraint(_one_of("interest_method", INTEREST_METHODS), name="interest_method"),
    CheckConstraint(_one_of("repayment_method", REPAYMENT_METHODS), name="repayment_method"),
    CheckConstraint(_one_of("enterprise_basis", ENTERPRISE_BASES), name="enterprise_basis"),
    CheckConstraint("dividend_bp + welfare_bp + reserve_bp = 10000", name="division"),
)

members = Table(
    "savings_members",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("group_id", Id, ForeignKey("savings_groups.id"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("name", String(200), nullable=False),
    Column("community", String(200), nullable=False),
    Column("wallet_member_id", Id, ForeignKey("wallet_members.id")),
    _account("savings_account_id"),
    Column("joined_on", Date, nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("left_on", Date, comment="The day the member left the group; NULL: a member"),
    UniqueConstraint("group_id", "number", name="uq_savings_members_number"),
    UniqueConstraint("group_id", "wallet_member_id", name="uq_savings_members_wallet"),
)

officers = Table(
    "savings_officers",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("group_id", Id, ForeignKey("savings_groups.id"), nullable=False),
    Column("member_id", Id, ForeignKey("savings_members.id"), nullable=False),
    Column("office", String(10), nullable=False),
    Column("user_id", Id, ForeignKey("auth_users.id")),
    Column("appointed_on", Date, nullable=False),
    Column("ended_on", Date),
    CheckConstraint(_one_of("office", OFFICES), name="office"),
    Index("ix_savings_officers_group", "group_id", "office"),
    Index("ix_savings_officers_user", "user_id"),
)

meetings = Table(
    "savings_meetings",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("group_id", Id, ForeignKey("savings_groups.id"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("held_on", Date, nullable=False),
    Column("idempotency_key", String(100), nullable=False),
    Column("sheet_hash", String(64), nullable=False),
    Column("batch_id", Id, ForeignKey("ledger_batches.id")),
    Column("note", String(500), nullable=False),
    Column("recorded_by", String(80), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    UniqueConstraint("group_id", "number", name="uq_savings_meetings_number"),
    UniqueConstraint("group_id", "idempotency_key", name="uq_savings_meetings_key"),
)

attendance = Table(
    "savings_attendance",
    metadata,
    Column("meeting_id", Id, ForeignKey("savings_meetings.id"), primary_key=True),
    Column("member_id", Id, ForeignKey("savings_members.id"), primary_key=True),
    Column("present", Boolean, nullable=False),
)

loans = Table(
    "savings_loans",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("group_id", Id, ForeignKey("savings_groups.id"), nullable=False),
    Column("member_id", Id, ForeignKey("savings_members.id"), nullable=False),
    Column("principal", BigInteger, nullable=False),
    Column("months", Integer, nullable=False),
    Column("interest_bp", Integer, nullable=False),
    Column("interest_method", String(10), nullable=False),
    Column("repayment_method", String(20), nullable=False),
    Column("purpose", String(200), nullable=False),
    Column("status", String(12), nullable=False),
    Column("applied_on", Date, nullable=False),
    Column("decided_on", Date),
    Column("disbursed_on", Date),
    Column("channel", String(4)),
    Column("account_id", Id, ForeignKey("ledger_accounts.id"), unique=True),
    Column("schedule_version", Integer, nullable=False),
    Column("schedule_principal", BigInteger, nullable=False),
    Column("interest_paid_before", BigInteger, nullable=False),
    Column("note", String(500), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    CheckConstraint("principal > 0 AND months > 0 AND interest_bp >= 0", name="terms"),
    CheckConstraint(_one_of("status", LOAN_STATUSES), name="status"),
    CheckConstraint(f"channel IS NULL OR {_one_of('channel', CHANNELS)}", name="channel"),
    Index("ix_savings_loans_group", "group_id", "status"),
    Index("ix_savings_loans_member", "member_id"),
)

loan_approvals = Table(
    "savings_loan_approvals",
    metadata,
    Column("loan_id", Id, ForeignKey("savings_loans.id"), primary_key=True),
    Column("officer_id", Id, ForeignKey("savings_officers.id"), primary_key=True),
    Column("approved", Boolean, nullable=False),
    Column("reason", String(500), nullable=False),
    Column("decided_on", Date, nullable=False),
)

instalments = Table(
    "savings_instalments",
    metadata,
    Column("loan_id", Id, ForeignKey("savings_loans.id"), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("number", Integer, primary_key=True),
    Column("due_on", Date, nullable=False),
    Column("principal", BigInteger, nullable=False),
    Column("interest", BigInteger, nullable=False),
)

shareouts = Table(
    "savings_shareouts",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("group_id", Id, ForeignKey("savings_groups.id"), nullable=False),
    Column("held_on", Date, nullable=False),
    Column("idempotency_key", String(100), nullable=False),
    Column("profit", BigInteger, nullable=False),
    Column("enterprise", BigInteger, nullable=False),
    Column("dividend", BigInteger, nullable=False),
    Column("welfare", BigInteger, nullable=False),
    Column("reserve", BigInteger, nullable=False),
    Column("batch_id", Id, ForeignKey("ledger_batches.id")),
    Column("recorded_by", String(80), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    UniqueConstraint("group_id", "held_on", name="uq_savings_shareouts_day"),
    UniqueConstraint("group_id", "idempotency_key", name="uq_savings_shareouts_key"),
)

entries = Table(
    "savings_entries",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("group_id", Id, ForeignKey("savings_groups.id"), nullable=False),
    Column("held_on", Date, nullable=False),
    Column("meeting_id", Id, ForeignKey("savings_meetings.id")),
    Column("shareout_id", Id, ForeignKey("savings_shareouts.id")),
    Column("member_id", Id, ForeignKey("savings_members.id")),
    Column("loan_id", Id, ForeignKey("savings_loans.id")),
    Column("kind", String(24), nullable=False),
    Column("amount", BigInteger, nullable=False),
    Column("transfer_id", Id, ForeignKey("ledger_transfers.id"), nullable=False, unique=True),
    Column("corrects_entry_id", Id, ForeignKey("savings_entries.id"), unique=True),
    Column("memo", String(500), nullable=False),
    CheckConstraint(_one_of("kind", ENTRY_KINDS), name="kind"),
    CheckConstraint("amount <> 0", name="amount_nonzero"),
    Index("ix_savings_entries_group", "group_id", "held_on"),
    Index("ix_savings_entries_member", "member_id", "id"),
    Index("ix_savings_entries_loan", "loan_id"),
)

receipts = Table(
    "savings_receipts",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("group_id", Id, ForeignKey("savings_groups.id"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("meeting_id", Id, ForeignKey("savings_meetings.id"), nullable=False),
    Column("member_id", Id, ForeignKey("savings_members.id"), nullable=False),
    UniqueConstraint("group_id", "number", name="uq_savings_receipts_number"),
    UniqueConstraint("meeting_id", "member_id", name="uq_savings_receipts_payer"),
    Index("ix_savings_receipts_member", "member_id"),
)
"""A receipt for what each member paid at a meeting, numbered per group in posting
order (``receipts``); its lines are the meeting's entries of that member."""

planned_meetings = Table(
    "savings_planned_meetings",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("group_id", Id, ForeignKey("savings_groups.id"), nullable=False),
    Column("meets_on", Date, nullable=False),
    Column("starts_at", Time, nullable=False, comment="Thai time"),
    Column("place", String(200), nullable=False),
    Column("created_by", String(80), nullable=False),
    Column("updated_at", UtcDateTime(), nullable=False),
    UniqueConstraint("group_id", "meets_on", name="uq_savings_planned_meetings_day"),
    Index("ix_savings_planned_meetings_day", "meets_on"),
    comment="The group's next meetings, dated by its officers (savings.meeting_plans)",
)
