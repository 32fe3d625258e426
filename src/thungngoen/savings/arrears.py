"""Who is behind, by how much and for how long: loans against their schedules, members
against their commitment saving. Computed in bulk (a few queries per call, whatever the
number of loans or members), for reports, the federation view and the loan rules.

A loan's payments (principal and interest, under its current schedule) fill its
instalments in order; the first instalment not fully covered and already due says how
many days the loan is overdue, and that age falls into a bucket: current, 1–30, 31–60,
61–90 or over 90 days. Within each instalment a payment covers the interest before the
principal; interest is booked when it is paid (cash basis).
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, func, select

from thungngoen.ledger.tables import accounts, transfers
from thungngoen.savings.books import POSTED_KINDS
from thungngoen.savings.loan_values import Loan, loan_from_row
from thungngoen.savings.regulation import terms_in_effect, versions
from thungngoen.savings.tables import entries, instalments, loans, meetings, members

BUCKETS = ((0, "current"), (30, "1-30"), (60, "31-60"), (90, "61-90"))
OVER_90 = "90+"
PAID_OUT = ("active", "repaid", "written_off")
"""The statuses of a loan that was paid out: on a past day any of them may have been owed."""


def bucket(days_overdue: int) -> str:
    for limit, name in BUCKETS:
        if days_overdue <= limit:
            return name
    return OVER_90


ScheduleRow = tuple[date, int, int]
"""(due on, principal, interest) of one instalment."""


@dataclass(frozen=True, slots=True)
class LoanPosition:
    loan: Loan
    outstanding: int
    """Principal still owed: the loan account's balance."""
    interest_paid: int
    schedule: tuple[ScheduleRow, ...]
    paid: int
    """Principal and interest paid under the current schedule."""
    as_of: date
    days_overdue: int

    @property
    def remaining(self) -> int:
        """What the rest of the schedule asks for: the most one repayment may be."""
        return sum(principal + interest for _, principal, interest in self.schedule) - self.paid

    @property
    def overdue(self) -> int:
        """Principal and interest fallen due before the day asked and not paid."""
        due = sum(p + i for due_on, p, i in self.schedule if due_on < self.as_of)
        return max(0, due - self.paid)

    @property
    def bucket(self) -> str:
        return bucket(self.days_overdue)

    def split(self, amount: int) -> tuple[int, int]:
        """(interest, principal) of a repayment: it covers the next instalments in
        order, each instalment's interest before its principal."""
        start, end = self.paid, self.paid + amount
        interest = cursor = 0
        for _, principal, instalment_interest in self.schedule:
            low, high = cursor, cursor + instalment_interest
            interest += max(0, min(high, end) - max(low, start))
            cursor = high + principal
        return interest, amount - interest


def loan_positions(
    connection: Connection,
    as_of: date,
    *,
    group_id: int | None = None,
    loan_ids: tuple[int, ...] | None = None,
    until: datetime | None = None,
) -> dict[int, LoanPosition]:
    """Positions of the active loans (of one group, or these loans, or all); with ``until``,
    of the loans paid out by ``as_of`` as the ledger stood at that moment."""
    if until is not None:
        return _positions_until(connection, as_of, until, group_id)
    query = select(loans, accounts.c.debits_posted, accounts.c.credits_posted).join(
        accounts, accounts.c.id == loans.c.account_id
    )
    query = query.where(loans.c.status == "active")
    if group_id is not None:
        query = query.where(loans.c.group_id == group_id)
    if loan_ids is not None:
        query = query.where(loans.c.id.in_(loan_ids))
    rows = connection.execute(query).all()
    found = {row.id: (loan_from_row(row), row.debits_posted - row.credits_posted) for row in rows}
    if not found:
        return {}
    interest = _interest_paid(connection, tuple(found))
    schedules = _schedules(connection, tuple(found))
    return {
        loan_id: _position(loan, owed, interest.get(loan_id, 0), schedules[loan_id], as_of)
        for loan_id, (loan, owed) in found.items()
    }


def _positions_until(
    connection: Connection, as_of: date, until: datetime, group_id: int | None
) -> dict[int, LoanPosition]:
    query = select(loans).where(
        loans.c.status.in_(PAID_OUT), loans.c.disbursed_on <= as_of, loans.c.account_id.is_not(None)
    )
    if group_id is not None:
        query = query.where(loans.c.group_id == group_id)
    found = {row.id: loan_from_row(row) for row in connection.execute(query)}
    if not found:
        return {}
    owed = _owed_until(connection, until, tuple(found))
    interest = _interest_paid(connection, tuple(found), as_of)
    schedules = _schedules(connection, tuple(found))
    return {
        loan_id: _position(
            loan, owed.get(loan_id, 0), interest.get(loan_id, 0), schedules[loan_id], as_of
        )
        for loan_id, loan in found.items()
    }


def _owed_until(
    connection: Connection, until: datetime, loan_ids: tuple[int, ...]
) -> dict[int, int]:
    """Principal owed on each loan account, from its transfers before ``until``."""
    owed: dict[int, int] = defaultdict(int)
    for side, sign in ((transfers.c.debit_account_id, 1), (transfers.c.credit_account_id, -1)):
        query = (
            select(loans.c.id, func.sum(transfers.c.amount))
            .join(transfers, side == loans.c.account_id)
            .where(loans.c.id.in_(loan_ids), transfers.c.created_at < until)
            .where(transfers.c.kind.in_(POSTED_KINDS))
            .group_by(loans.c.id)
        )
        for loan_id, total in connection.execute(query):
            owed[loan_id] += sign * int(total)
    return owed


def _interest_paid(
    connection: Connection, loan_ids: tuple[int, ...], as_of: date | None = None
) -> dict[int, int]:
    query = (
        select(entries.c.loan_id, func.sum(entries.c.amount))
        .where(entries.c.loan_id.in_(loan_ids), entries.c.kind == "repayment_interest")
        .group_by(entries.c.loan_id)
    )
    if as_of is not None:
        query = query.where(entries.c.held_on <= as_of)
    return {loan_id: int(total) for loan_id, total in connection.execute(query)}


def _schedules(
    connection: Connection, loan_ids: tuple[int, ...]
) -> dict[int, list[tuple[date, int, int]]]:
    query = (
        select(instalments.c.loan_id, instalments.c.due_on, instalments.c.principal)
        .add_columns(instalments.c.interest)
        .join(loans, loans.c.id == instalments.c.loan_id)
        .where(
            instalments.c.loan_id.in_(loan_ids),
            instalments.c.version == loans.c.schedule_version,
        )
        .order_by(instalments.c.loan_id, instalments.c.number)
    )
    found: dict[int, list[tuple[date, int, int]]] = defaultdict(list)
    for loan_id, due_on, principal, interest in connection.execute(query):
        found[loan_id].append((due_on, principal, interest))
    return found


def _position(
    loan: Loan, owed: int, interest_paid: int, schedule: list[tuple[date, int, int]], as_of: date
) -> LoanPosition:
    paid = (loan.schedule_principal - owed) + interest_paid - loan.interest_paid_before
    covered = 0
    days = 0
    for due_on, principal, interest in schedule:
        covered += principal + interest
        if covered > paid:
            days = max(0, (as_of - due_on).days)
            break
    return LoanPosition(
        loan=loan,
        outstanding=owed,
        interest_paid=interest_paid,
        schedule=tuple(schedule),
        paid=paid,
        as_of=as_of,
        days_overdue=days if owed > 0 else 0,
    )


def commitment_arrears(connection: Connection, group_id: int, as_of: date) -> dict[int, int]:
    """Per member of the group: commitment savings the meetings up to ``as_of`` asked for
    and the member had not paid by then (0 when up to date or ahead)."""
    held = connection.execute(
        select(meetings.c.held_on).where(
            meetings.c.group_id == group_id, meetings.c.held_on <= as_of
        )
    ).scalars()
    history = versions(connection, group_id)
    asked = [(day, terms_in_effect(history, day).commitment) for day in held]
    paid = dict(
        connection.execute(
            select(entries.c.member_id, func.sum(entries.c.amount))
            .where(entries.c.group_id == group_id, entries.c.kind == "commitment")
            .where(entries.c.held_on <= as_of)
            .group_by(entries.c.member_id)
        ).all()
    )
    joined = connection.execute(
        select(members.c.id, members.c.joined_on).where(members.c.group_id == group_id)
    ).all()
    return {
        member_id: max(
            0, sum(amount for day, amount in asked if day >= since) - int(paid.get(member_id, 0))
        )
        for member_id, since in joined
    }
