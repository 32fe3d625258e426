"""savings groups

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from thungngoen.db.types import UtcDateTime

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "savings_enterprises",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("tambon_code", sa.String(length=16), nullable=False),
        sa.Column(
            "cash_account_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "capital_account_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=False,
        ),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["capital_account_id"],
            ["ledger_accounts.id"],
            name=op.f("fk_savings_enterprises_capital_account_id_ledger_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["cash_account_id"],
            ["ledger_accounts.id"],
            name=op.f("fk_savings_enterprises_cash_account_id_ledger_accounts"),
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_savings_enterprises")),
        sa.UniqueConstraint(
            "capital_account_id", name=op.f("uq_savings_enterprises_capital_account_id")
        ),
        sa.UniqueConstraint("cash_account_id", name=op.f("uq_savings_enterprises_cash_account_id")),
    )
    op.create_table(
        "savings_groups",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("tambon_code", sa.String(length=16), nullable=False),
        sa.Column("community", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("founded_on", sa.Date(), nullable=False),
        sa.Column("enterprise_code", sa.String(length=40), nullable=True),
        sa.Column(
            "cash_account_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "interest_account_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=False,
        ),
        sa.Column(
            "fines_account_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "expenses_account_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=False,
        ),
        sa.Column(
            "welfare_account_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=False,
        ),
        sa.Column(
            "reserve_account_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=False,
        ),
        sa.Column(
            "surplus_account_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=False,
        ),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('forming', 'active', 'closed')", name=op.f("ck_savings_groups_status")
        ),
        sa.ForeignKeyConstraint(
            ["cash_account_id"],
            ["ledger_accounts.id"],
            name=op.f("fk_savings_groups_cash_account_id_ledger_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["enterprise_code"],
            ["savings_enterprises.code"],
            name=op.f("fk_savings_groups_enterprise_code_savings_enterprises"),
        ),
        sa.ForeignKeyConstraint(
            ["expenses_account_id"],
            ["ledger_accounts.id"],
            name=op.f("fk_savings_groups_expenses_account_id_ledger_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["fines_account_id"],
            ["ledger_accounts.id"],
            name=op.f("fk_savings_groups_fines_account_id_ledger_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["interest_account_id"],
            ["ledger_accounts.id"],
            name=op.f("fk_savings_groups_interest_account_id_ledger_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["reserve_account_id"],
            ["ledger_accounts.id"],
            name=op.f("fk_savings_groups_reserve_account_id_ledger_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["surplus_account_id"],
            ["ledger_accounts.id"],
            name=op.f("fk_savings_groups_surplus_account_id_ledger_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["welfare_account_id"],
            ["ledger_accounts.id"],
            name=op.f("fk_savings_groups_welfare_account_id_ledger_accounts"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_savings_groups")),
        sa.UniqueConstraint("cash_account_id", name=op.f("uq_savings_groups_cash_account_id")),
        sa.UniqueConstraint("code", name=op.f("uq_savings_groups_code")),
        sa.UniqueConstraint(
            "expenses_account_id", name=op.f("uq_savings_groups_expenses_account_id")
        ),
        sa.UniqueConstraint("fines_account_id", name=op.f("uq_savings_groups_fines_account_id")),
        sa.UniqueConstraint(
            "interest_account_id", name=op.f("uq_savings_groups_interest_account_id")
        ),
        sa.UniqueConstraint(
            "reserve_account_id", name=op.f("uq_savings_groups_reserve_account_id")
        ),
        sa.UniqueConstraint(
            "surplus_account_id", name=op.f("uq_savings_groups_surplus_account_id")
        ),
        sa.UniqueConstraint(
            "welfare_account_id", name=op.f("uq_savings_groups_welfare_account_id")
        ),
    )
    with op.batch_alter_table("savings_groups", schema=None) as batch_op:
        batch_op.create_index("ix_savings_groups_place", ["tambon_code", "community"], unique=False)

    op.create_table(
        "savings_meetings",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("group_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("idempotency_key", sa.String(length=100), nullable=False),
        sa.Column("sheet_hash", sa.String(length=64), nullable=False),
        sa.Column("batch_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("recorded_by", sa.String(length=80), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["ledger_batches.id"],
            name=op.f("fk_savings_meetings_batch_id_ledger_batches"),
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["savings_groups.id"],
            name=op.f("fk_savings_meetings_group_id_savings_groups"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_savings_meetings")),
        sa.UniqueConstraint("group_id", "idempotency_key", name="uq_savings_meetings_key"),
        sa.UniqueConstraint("group_id", "number", name="uq_savings_meetings_number"),
    )
    op.create_table(
        "savings_members",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("group_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("community", sa.String(length=200), nullable=False),
        sa.Column(
            "wallet_member_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "savings_account_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=False,
        ),
        sa.Column("joined_on", sa.Date(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["savings_groups.id"],
            name=op.f("fk_savings_members_group_id_savings_groups"),
        ),
        sa.ForeignKeyConstraint(
            ["savings_account_id"],
            ["ledger_accounts.id"],
            name=op.f("fk_savings_members_savings_account_id_ledger_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["wallet_member_id"],
            ["wallet_members.id"],
            name=op.f("fk_savings_members_wallet_member_id_wallet_members"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_savings_members")),
        sa.UniqueConstraint("group_id", "number", name="uq_savings_members_number"),
        sa.UniqueConstraint("group_id", "wallet_member_id", name="uq_savings_members_wallet"),
        sa.UniqueConstraint(
            "savings_account_id", name=op.f("uq_savings_members_savings_account_id")
        ),
    )
    op.create_table(
        "savings_regulations",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("group_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("commitment", sa.BigInteger(), nullable=False),
        sa.Column("voluntary_allowed", sa.Boolean(), nullable=False),
        sa.Column("interest_bp", sa.Integer(), nullable=False),
        sa.Column("interest_method", sa.String(length=10), nullable=False),
        sa.Column("repayment_method", sa.String(length=20), nullable=False),
        sa.Column("max_loan_percent", sa.Integer(), nullable=False),
        sa.Column("max_loan_months", sa.Integer(), nullable=False),
        sa.Column("approvals_required", sa.Integer(), nullable=False),
        sa.Column("fine_missed_commitment", sa.BigInteger(), nullable=False),
        sa.Column("fine_late_repayment", sa.BigInteger(), nullable=False),
        sa.Column("welfare_monthly", sa.BigInteger(), nullable=False),
        sa.Column("enterprise_basis", sa.String(length=10), nullable=False),
        sa.Column("enterprise_bp", sa.Integer(), nullable=False),
        sa.Column("dividend_bp", sa.Integer(), nullable=False),
        sa.Column("welfare_bp", sa.Integer(), nullable=False),
        sa.Column("reserve_bp", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint(
            "enterprise_basis IN ('deposits', 'profit')",
            name=op.f("ck_savings_regulations_enterprise_basis"),
        ),
        sa.CheckConstraint(
            "interest_method IN ('flat', 'declining')",
            name=op.f("ck_savings_regulations_interest_method"),
        ),
        sa.CheckConstraint(
            "repayment_method IN ('equal_instalments', 'equal_principal')",
            name=op.f("ck_savings_regulations_repayment_method"),
        ),
        sa.CheckConstraint(
            "dividend_bp + welfare_bp + reserve_bp = 10000",
            name=op.f("ck_savings_regulations_division"),
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["savings_groups.id"],
            name=op.f("fk_savings_regulations_group_id_savings_groups"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_savings_regulations")),
        sa.UniqueConstraint("group_id", "effective_from", name="uq_savings_regulations_version"),
    )
    op.create_table(
        "savings_shareouts",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("group_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("idempotency_key", sa.String(length=100), nullable=False),
        sa.Column("profit", sa.BigInteger(), nullable=False),
        sa.Column("enterprise", sa.BigInteger(), nullable=False),
        sa.Column("dividend", sa.BigInteger(), nullable=False),
        sa.Column("welfare", sa.BigInteger(), nullable=False),
        sa.Column("reserve", sa.BigInteger(), nullable=False),
        sa.Column("batch_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("recorded_by", sa.String(length=80), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["ledger_batches.id"],
            name=op.f("fk_savings_shareouts_batch_id_ledger_batches"),
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["savings_groups.id"],
            name=op.f("fk_savings_shareouts_group_id_savings_groups"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_savings_shareouts")),
        sa.UniqueConstraint("group_id", "held_on", name="uq_savings_shareouts_day"),
        sa.UniqueConstraint("group_id", "idempotency_key", name="uq_savings_shareouts_key"),
    )
    op.create_table(
        "savings_attendance",
        sa.Column(
            "meeting_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "member_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["savings_meetings.id"],
            name=op.f("fk_savings_attendance_meeting_id_savings_meetings"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["savings_members.id"],
            name=op.f("fk_savings_attendance_member_id_savings_members"),
        ),
        sa.PrimaryKeyConstraint("meeting_id", "member_id", name=op.f("pk_savings_attendance")),
    )
    op.create_table(
        "savings_loans",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("group_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "member_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("principal", sa.BigInteger(), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("interest_bp", sa.Integer(), nullable=False),
        sa.Column("interest_method", sa.String(length=10), nullable=False),
        sa.Column("repayment_method", sa.String(length=20), nullable=False),
        sa.Column("purpose", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("applied_on", sa.Date(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("disbursed_on", sa.Date(), nullable=True),
        sa.Column("channel", sa.String(length=4), nullable=True),
        sa.Column(
            "account_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("schedule_version", sa.Integer(), nullable=False),
        sa.Column("schedule_principal", sa.BigInteger(), nullable=False),
        sa.Column("interest_paid_before", sa.BigInteger(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint(
            "channel IS NULL OR channel IN ('cash', 'coin')", name=op.f("ck_savings_loans_channel")
        ),
        sa.CheckConstraint(
            "status IN ('applied', 'approved', 'rejected', 'active', 'repaid', 'written_off')",
            name=op.f("ck_savings_loans_status"),
        ),
        sa.CheckConstraint(
            "principal > 0 AND months > 0 AND interest_bp >= 0", name=op.f("ck_savings_loans_terms")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["ledger_accounts.id"],
            name=op.f("fk_savings_loans_account_id_ledger_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["savings_groups.id"],
            name=op.f("fk_savings_loans_group_id_savings_groups"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["savings_members.id"],
            name=op.f("fk_savings_loans_member_id_savings_members"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_savings_loans")),
        sa.UniqueConstraint("account_id", name=op.f("uq_savings_loans_account_id")),
    )
    with op.batch_alter_table("savings_loans", schema=None) as batch_op:
        batch_op.create_index("ix_savings_loans_group", ["group_id", "status"], unique=False)
        batch_op.create_index("ix_savings_loans_member", ["member_id"], unique=False)

    op.create_table(
        "savings_officers",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("group_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "member_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("office", sa.String(length=10), nullable=False),
        sa.Column("user_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("appointed_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "office IN ('chair', 'treasurer', 'secretary', 'collector')",
            name=op.f("ck_savings_officers_office"),
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["savings_groups.id"],
            name=op.f("fk_savings_officers_group_id_savings_groups"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["savings_members.id"],
            name=op.f("fk_savings_officers_member_id_savings_members"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["auth_users.id"], name=op.f("fk_savings_officers_user_id_auth_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_savings_officers")),
    )
    with op.batch_alter_table("savings_officers", schema=None) as batch_op:
        batch_op.create_index("ix_savings_officers_group", ["group_id", "office"], unique=False)
        batch_op.create_index("ix_savings_officers_user", ["user_id"], unique=False)

    op.create_table(
        "savings_entries",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("group_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column(
            "meeting_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "shareout_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("member_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("loan_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column(
            "transfer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "corrects_entry_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("memo", sa.String(length=500), nullable=False),
        sa.CheckConstraint(
            "kind IN ('commitment', 'voluntary', 'welfare_contribution', 'fine', 'repayment_principal', 'repayment_interest', 'withdrawal', 'disbursement', 'expense', 'welfare_grant', 'write_off', 'dividend', 'enterprise')",
            name=op.f("ck_savings_entries_kind"),
        ),
        sa.CheckConstraint("amount <> 0", name=op.f("ck_savings_entries_amount_nonzero")),
        sa.ForeignKeyConstraint(
            ["corrects_entry_id"],
            ["savings_entries.id"],
            name=op.f("fk_savings_entries_corrects_entry_id_savings_entries"),
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["savings_groups.id"],
            name=op.f("fk_savings_entries_group_id_savings_groups"),
        ),
        sa.ForeignKeyConstraint(
            ["loan_id"], ["savings_loans.id"], name=op.f("fk_savings_entries_loan_id_savings_loans")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["savings_meetings.id"],
            name=op.f("fk_savings_entries_meeting_id_savings_meetings"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["savings_members.id"],
            name=op.f("fk_savings_entries_member_id_savings_members"),
        ),
        sa.ForeignKeyConstraint(
            ["shareout_id"],
            ["savings_shareouts.id"],
            name=op.f("fk_savings_entries_shareout_id_savings_shareouts"),
        ),
        sa.ForeignKeyConstraint(
            ["transfer_id"],
            ["ledger_transfers.id"],
            name=op.f("fk_savings_entries_transfer_id_ledger_transfers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_savings_entries")),
        sa.UniqueConstraint("corrects_entry_id", name=op.f("uq_savings_entries_corrects_entry_id")),
        sa.UniqueConstraint("transfer_id", name=op.f("uq_savings_entries_transfer_id")),
    )
    with op.batch_alter_table("savings_entries", schema=None) as batch_op:
        batch_op.create_index("ix_savings_entries_group", ["group_id", "held_on"], unique=False)
        batch_op.create_index("ix_savings_entries_loan", ["loan_id"], unique=False)
        batch_op.create_index("ix_savings_entries_member", ["member_id", "id"], unique=False)

    op.create_table(
        "savings_instalments",
        sa.Column("loan_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("principal", sa.BigInteger(), nullable=False),
        sa.Column("interest", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["loan_id"],
            ["savings_loans.id"],
            name=op.f("fk_savings_instalments_loan_id_savings_loans"),
        ),
        sa.PrimaryKeyConstraint(
            "loan_id", "version", "number", name=op.f("pk_savings_instalments")
        ),
    )
    op.create_table(
        "savings_loan_approvals",
        sa.Column("loan_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "officer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("approved", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["loan_id"],
            ["savings_loans.id"],
            name=op.f("fk_savings_loan_approvals_loan_id_savings_loans"),
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"],
            ["savings_officers.id"],
            name=op.f("fk_savings_loan_approvals_officer_id_savings_officers"),
        ),
        sa.PrimaryKeyConstraint("loan_id", "officer_id", name=op.f("pk_savings_loan_approvals")),
    )


def downgrade() -> None:
    op.drop_table("savings_loan_approvals")
    op.drop_table("savings_instalments")
    with op.batch_alter_table("savings_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_savings_entries_member")
        batch_op.drop_index("ix_savings_entries_loan")
        batch_op.drop_index("ix_savings_entries_group")

    op.drop_table("savings_entries")
    with op.batch_alter_table("savings_officers", schema=None) as batch_op:
        batch_op.drop_index("ix_savings_officers_user")
        batch_op.drop_index("ix_savings_officers_group")

    op.drop_table("savings_officers")
    with op.batch_alter_table("savings_loans", schema=None) as batch_op:
        batch_op.drop_index("ix_savings_loans_member")
        batch_op.drop_index("ix_savings_loans_group")

    op.drop_table("savings_loans")
    op.drop_table("savings_attendance")
    op.drop_table("savings_shareouts")
    op.drop_table("savings_regulations")
    op.drop_table("savings_members")
    op.drop_table("savings_meetings")
    with op.batch_alter_table("savings_groups", schema=None) as batch_op:
        batch_op.drop_index("ix_savings_groups_place")

    op.drop_table("savings_groups")
    op.drop_table("savings_enterprises")
