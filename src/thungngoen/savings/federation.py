"""The network's view: every group with its members, savings, loans, arrears and growth
(the seed's "16 groups, 56,000 baht" picture, live). Aggregates only, no names."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Connection, case, func, select

from thungngoen.savings.arrears import commitment_arrears, loan_positions
from thungngoen.savings.books import books_by_group
from thungngoen.savings.groups import Group, list_groups
from thungngoen.savings.tables import entries, meetings, members

GROWTH_DAYS = 90


@dataclass(frozen=True, slots=True)
class FederationRow:
    group: Group
    members: int
    savings: int
    loans_outstanding: int
    loans_overdue: int
    members_in_arrears: int
    growth: int
    """Net savings added over the last 90 days."""
    last_meeting: date | None


@dataclass(frozen=True, slots=True)
class Federation:
    as_of: date
    rows: tuple[FederationRow, ...]

    def total(self, name: str) -> int:
        return sum(int(getattr(row, name)) for row in self.rows)

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.group.status == status)


_NET_SAVINGS = func.sum(
    case(
        (entries.c.kind == "withdrawal", -entries.c.amount),
        (entries.c.kind.in_(("commitment", "voluntary", "dividend")), entries.c.amount),
        else_=0,
    )
)


def federation_view(
    connection: Connection, as_of: date, tambon_code: str | None = None
) -> Federation:
    found = list_groups(connection, tambon_code)
    books = books_by_group(connection)
    headcount: dict[int, int] = dict(
        connection.execute(
            select(members.c.group_id, func.count()).group_by(members.c.group_id)
        ).all()
    )
    growth = dict(
        connection.execute(
            select(entries.c.group_id, _NET_SAVINGS)
            .where(entries.c.held_on > as_of - timedelta(days=GROWTH_DAYS))
            .where(entries.c.held_on <= as_of)
            .group_by(entries.c.group_id)
        ).all()
    )
    last = dict(
        connection.execute(
            select(meetings.c.group_id, func.max(meetings.c.held_on)).group_by(meetings.c.group_id)
        ).all()
    )
    overdue: dict[int, int] = defaultdict(int)
    late_members: dict[int, set[int]] = defaultdict(set)
    for position in loan_positions(connection, as_of).values():
        if position.overdue:
            overdue[position.loan.group_id] += position.overdue
            late_members[position.loan.group_id].add(position.loan.member_id)
    rows = []
    for group in found:
        behind = {
            m for m, amount in commitment_arrears(connection, group.id, as_of).items() if amount
        }
        group_books = books.get(group.code)
        rows.append(
            FederationRow(
                group=group,
                members=int(headcount.get(group.id, 0)),
                savings=group_books.savings if group_books else 0,
                loans_outstanding=group_books.loans if group_books else 0,
                loans_overdue=overdue[group.id],
                members_in_arrears=len(behind | late_members[group.id]),
                growth=int(growth.get(group.id) or 0),
                last_meeting=last.get(group.id),
            )
        )
    return Federation(as_of, tuple(rows))
