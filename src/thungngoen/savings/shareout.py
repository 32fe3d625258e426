"""Year end: the share-out preview and its posting (see ``division`` for the rule).

Posting closes the period's interest, fines and expenses into the surplus and divides
it in one linked batch: dividends to the members' savings, the welfare share (the
welfare fund itself is never shared out), the reserve share, and the enterprise
allocation, which leaves the group's cash for the community enterprise's account.
"""

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import Connection, func, select

from thungngoen import ledger
from thungngoen.savings.division import allocate, split_dividend
from thungngoen.savings.errors import ShareOutOutOfOrder
from thungngoen.savings.groups import Group, get_enterprise, get_group
from thungngoen.savings.people import list_members
from thungngoen.savings.regulation import regulation_on
from thungngoen.savings.tables import entries, meetings, shareouts

SAVINGS_EFFECT = {"commitment": 1, "voluntary": 1, "dividend": 1, "withdrawal": -1}
DEPOSIT_KINDS = ("commitment", "voluntary")


@dataclass(frozen=True, slots=True)
class DividendLine:
    member_id: int
    number: int
    name: str
    savings_months: int
    """Satang-months: the member's savings after each meeting of the period, summed."""
    dividend: int


@dataclass(frozen=True, slots=True)
class ShareOut:
    group_id: int
    held_on: date
    since: date | None
    """The last share-out before this one (the period starts the day after)."""
    interest: int
    fines: int
    expenses: int
    profit: int
    deposits: int
    enterprise_target: int
    enterprise: int
    enterprise_from_reserve: int
    dividend: int
    welfare: int
    reserve: int
    dividends: tuple[DividendLine, ...]


def preview_shareout(connection: Connection, group_id: int, held_on: date) -> ShareOut:
    group = get_group(connection, group_id)
    since = last_shareout_day(connection, group_id)
    interest = ledger.balance(connection, group.interest_account_id)
    fines = ledger.balance(connection, group.fines_account_id)
    expenses = ledger.balance(connection, group.expenses_account_id)
    profit = interest + fines - expenses + ledger.balance(connection, group.surplus_account_id)
    deposits = _deposits(connection, group_id, since, held_on)
    allocation = allocate(
        profit,
        deposits,
        ledger.balance(connection, group.reserve_account_id),
        regulation_on(connection, group_id, held_on),
        group.enterprise_code is not None,
    )
    months = savings_months(connection, group, since, held_on)
    roster = [(m.id, m.number, m.name) for m in list_members(connection, group.id)]
    weights = [(number, months.get(member_id, 0)) for member_id, number, _ in roster]
    shares = split_dividend(allocation.dividend, weights)
    if not shares:
        allocation = replace(
            allocation, dividend=0, reserve=allocation.reserve + allocation.dividend
        )
    lines = tuple(
        DividendLine(member_id, number, name, months.get(member_id, 0), shares.get(number, 0))
        for member_id, number, name in roster
    )
    return ShareOut(
        group_id=group_id,
        held_on=held_on,
        since=since,
        interest=interest,
        fines=fines,
        expenses=expenses,
        profit=allocation.profit,
        deposits=deposits,
        enterprise_target=allocation.enterprise_target,
        enterprise=allocation.enterprise,
        enterprise_from_reserve=allocation.enterprise_from_reserve,
        dividend=allocation.dividend,
        welfare=allocation.welfare,
        reserve=allocation.reserve,
        dividends=lines,
    )


def last_shareout_day(connection: Connection, group_id: int) -> date | None:
    query = select(func.max(shareouts.c.held_on)).where(shareouts.c.group_id == group_id)
    day: date | None = connection.execute(query).scalar()
    return day


def _deposits(connection: Connection, group_id: int, since: date | None, until: date) -> int:
    query = select(func.coalesce(func.sum(entries.c.amount), 0)).where(
        entries.c.group_id == group_id,
        entries.c.kind.in_(DEPOSIT_KINDS),
        entries.c.held_on <= until,
    )
    if since is not None:
        query = query.where(entries.c.held_on > since)
    return int(connection.execute(query).scalar_one())


def savings_months(
    connection: Connection, group: Group, since: date | None, until: date
) -> dict[int, int]:
    """Per member: the savings balance after each meeting in (since, until], summed."""
    held = select(meetings.c.held_on).where(
        meetings.c.group_id == group.id, meetings.c.held_on <= until
    )
    if since is not None:
        held = held.where(meetings.c.held_on > since)
    days = sorted(connection.execute(held).scalars())
    moves = connection.execute(
        select(entries.c.member_id, entries.c.held_on, entries.c.kind, entries.c.amount)
        .where(
            entries.c.group_id == group.id,
            entries.c.kind.in_(tuple(SAVINGS_EFFECT)),
            entries.c.held_on <= until,
        )
        .order_by(entries.c.held_on)
    ).all()
    balance: dict[int, int] = defaultdict(int)
    total: dict[int, int] = defaultdict(int)
    index = 0
    for day in days:
        while index < len(moves) and moves[index].held_on <= day:
            row = moves[index]
            balance[row.member_id] += SAVINGS_EFFECT[row.kind] * row.amount
            index += 1
        for member_id, amount in balance.items():
            total[member_id] += amount
    return dict(total)


def check_shareout_day(connection: Connection, group: Group, held_on: date) -> None:
    last_meeting = connection.execute(
        select(func.max(meetings.c.held_on)).where(meetings.c.group_id == group.id)
    ).scalar()
    since = last_shareout_day(connection, group.id)
    if since is not None and held_on <= since:
        raise ShareOutOutOfOrder(f"the last share-out was on {since}")
    if last_meeting is not None and held_on < last_meeting:
        raise ShareOutOutOfOrder(f"a share-out comes after the last meeting ({last_meeting})")
    if held_on < group.founded_on:
        raise ShareOutOutOfOrder("a share-out comes after the group was founded")
    if group.enterprise_code is not None:
        get_enterprise(connection, group.enterprise_code)
