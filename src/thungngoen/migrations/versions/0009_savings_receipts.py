"""savings receipts, numbered per group

Revision ID: 0009
Revises: 0008

Meetings posted before this revision get their receipts here, numbered as posting
would have numbered them: per group, meeting by meeting, payers in member-number order.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
CASH_IN = (
    "commitment",
    "voluntary",
    "welfare_contribution",
    "fine",
    "repayment_principal",
    "repayment_interest",
)


def upgrade() -> None:
    op.create_table(
        "savings_receipts",
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("group_id", ID, nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("meeting_id", ID, nullable=False),
        sa.Column("member_id", ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["savings_groups.id"],
            name=op.f("fk_savings_receipts_group_id_savings_groups"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["savings_meetings.id"],
            name=op.f("fk_savings_receipts_meeting_id_savings_meetings"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["savings_members.id"],
            name=op.f("fk_savings_receipts_member_id_savings_members"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_savings_receipts")),
        sa.UniqueConstraint("group_id", "number", name="uq_savings_receipts_number"),
        sa.UniqueConstraint("meeting_id", "member_id", name="uq_savings_receipts_payer"),
    )
    with op.batch_alter_table("savings_receipts", schema=None) as batch_op:
        batch_op.create_index("ix_savings_receipts_member", ["member_id"], unique=False)
    _number_earlier_meetings()


def _number_earlier_meetings() -> None:
    payers = sa.text(
        "SELECT m.group_id, m.id, e.member_id"
        " FROM savings_meetings m"
        " JOIN savings_entries e ON e.meeting_id = m.id"
        " JOIN savings_members p ON p.id = e.member_id"
        " WHERE e.kind IN :kinds AND e.corrects_entry_id IS NULL"
        " GROUP BY m.group_id, m.id, m.number, e.member_id, p.number"
        " ORDER BY m.group_id, m.number, p.number"
    ).bindparams(sa.bindparam("kinds", expanding=True))
    connection = op.get_bind()
    numbers: dict[int, int] = {}
    rows = []
    for group_id, meeting_id, member_id in connection.execute(payers, {"kinds": CASH_IN}):
        numbers[group_id] = numbers.get(group_id, 0) + 1
        rows.append(
            {
                "group_id": group_id,
                "number": numbers[group_id],
                "meeting_id": meeting_id,
                "member_id": member_id,
            }
        )
    if rows:
        insert = sa.text(
            "INSERT INTO savings_receipts (group_id, number, meeting_id, member_id)"
            " VALUES (:group_id, :number, :meeting_id, :member_id)"
        )
        connection.execute(insert, rows)


def downgrade() -> None:
    with op.batch_alter_table("savings_receipts", schema=None) as batch_op:
        batch_op.drop_index("ix_savings_receipts_member")

    op.drop_table("savings_receipts")
