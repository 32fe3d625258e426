"""The network's view: every group with its members, savings, loans, arrears and growth
(the seed's "16 groups, 56,000 baht" picture, live). Aggregates only, no names.

As of a day, every figure is the ledger as it stood at the end of that Thai day: the groups
founded by then, the members who had joined, balances from the transfers posted before
midnight, arrears from the meetings held and the payments made up to the day. A day after
today is refused (nothing is known about it yet), as is one outside the window a request
may name (``web.api_fields.FIRST_DAY`` … ``LAST_DAY``)."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Connection, case, func, select

from thungngoen.registry.places import tambon
from thungngoen.savings.arrears import commitment_arrears, loan_positions
from thungngoen.savings.books import books_by_group
from thungngoen.savings.errors import InvalidReportDay
from thungngoen.savings.groups import Group, list_groups
from thungngoen.savings.tables import entries, meetings, members
from thungngoen.thai import day_bounds, thai_today
from thungngoen.web.api_fields import FIRST_DAY, LAST_DAY

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

    @property
    def groups(self) -> int:
        """Every group founded by the day, whatever its status (the page and the API say
        "groups" for this; "active" and "forming" are parts of it)."""
        return len(self.rows)

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.group.status == status)


def check_report_day(day: date, today: date | None = None) -> date:
    """The day a report may be asked for: in the request window and not after today."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise InvalidReportDay(f"a report day lies between {FIRST_DAY} and {LAST_DAY}")
    if day > (today or thai_today()):
        raise InvalidReportDay(f"{day} is after today: a report shows what has happened")
    return day


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
    check_report_day(as_of)
    if tambon_code is not None:
        tambon(tambon_code)
    found = [g for g in list_groups(connection, tambon_code) if g.founded_on <= as_of]
    until = day_bounds(as_of)[1]
    books = books_by_group(connection, until=until)
    headcount: dict[int, int] = dict(
        connection.execute(
            select(members.c.group_id, func.count())
            .where(members.c.joined_on <= as_of)
            .group_by(members.c.group_id)
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
            select(meetings.c.group_id, func.max(meetings.c.held_on))
            .where(meetings.c.held_on <= as_of)
            .group_by(meetings.c.group_id)
        ).all()
    )
    overdue: dict[int, int] = defaultdict(int)
    late_members: dict[int, set[int]] = defaultdict(set)
    for position in loan_positions(connection, as_of, until=until).values():
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
