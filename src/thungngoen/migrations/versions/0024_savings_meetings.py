"""savings meetings ahead and members who left: the group's dated meeting plan (what
the meeting reminders read) and ``savings_members.left_on``

Revision ID: 0024
Revises: 0023
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from thungngoen.db.types import UtcDateTime

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "savings_planned_meetings",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("group_id", Id, sa.ForeignKey("savings_groups.id"), nullable=False),
        sa.Column("meets_on", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.Time(), nullable=False, comment="Thai time"),
        sa.Column("place", sa.String(200), nullable=False),
        sa.Column("created_by", sa.String(80), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.UniqueConstraint("group_id", "meets_on", name="uq_savings_planned_meetings_day"),
        comment="The group's next meetings, dated by its officers (savings.meeting_plans)",
    )
    op.create_index("ix_savings_planned_meetings_day", "savings_planned_meetings", ["meets_on"])
    with op.batch_alter_table("savings_members", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "left_on",
                sa.Date(),
                nullable=True,
                comment="The day the member left the group; NULL: a member",
            )
        )


def downgrade() -> None:
    # Not a batch (which rebuilds the table, refused while other tables point at its
    # rows): SQLite has dropped columns in place since 3.35, PostgreSQL always has.
    op.execute("ALTER TABLE savings_members DROP COLUMN left_on")
    op.drop_index("ix_savings_planned_meetings_day", "savings_planned_meetings")
    op.drop_table("savings_planned_meetings")
