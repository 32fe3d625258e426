"""What a member reads: their passbook (statement of savings, with every other line of
theirs: fines, repayments, loans) and a loan's schedule with what is paid."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, select

from thungngoen import ledger
from thungngoen.savings.arrears import LoanPosition, commitment_arrears, loan_positions
from thungngoen.savings.groups import Group, get_group
from thungngoen.savings.loan_values import Loan, current_schedule, get_loan, list_loans
from thungngoen.savings.people import SavingsMember, get_member
from thungngoen.savings.schedule import Instalment
from thungngoen.savings.shareout import SAVINGS_EFFECT
from thungngoen.savings.tables import entries, meetings


@dataclass(frozen=True, slots=True)
class PassbookLine:
    entry_id: int
    held_on: date
    meeting_number: int | None
    kind: str
    amount: int
    """As entered (a correction is negative)."""
    savings_after: int | None
    """The savings balance after a line that moves savings; ``None`` for other lines."""
    loan_id: int | None
    memo: str


@dataclass(frozen=True, slots=True)
class Passbook:
    member: SavingsMember
    group: Group
    opening: int
    """Savings before the first line shown."""
    savings: int
    commitment_arrears: int
    lines: tuple[PassbookLine, ...]
    loans: tuple[Loan, ...]


def member_passbook(
    connection: Connection,
    member_id: int,
    *,
    as_of: date,
    since: date | None = None,
    until: date | None = None,
) -> Passbook:
    """The member's lines dated in [since, until] (all by default), oldest first."""
    member = get_member(connection, member_id)
    rows = connection.execute(
        select(entries, meetings.c.number)
        .outerjoin(meetings, meetings.c.id == entries.c.meeting_id)
        .where(entries.c.member_id == member_id)
        .order_by(entries.c.held_on, entries.c.id)
    ).all()
    balance = opening = 0
    lines = []
    for row in rows:
        effect = SAVINGS_EFFECT.get(row.kind)
        if effect is not None:
            balance += effect * row.amount
        if until is not None and row.held_on > until:
            continue
        if since is not None and row.held_on < since:
            opening = balance
            continue
        lines.append(
            PassbookLine(
                entry_id=row.id,
                held_on=row.held_on,
                meeting_number=row.number,
                kind=row.kind,
                amount=row.amount,
                savings_after=balance if effect is not None else None,
                loan_id=row.loan_id,
                memo=row.memo,
            )
        )
    return Passbook(
        member=member,
        group=get_group(connection, member.group_id),
        opening=opening,
        savings=ledger.balance(connection, member.savings_account_id),
        commitment_arrears=commitment_arrears(connection, member.group_id, as_of).get(member_id, 0),
        lines=tuple(lines),
        loans=tuple(list_loans(connection, member.group_id, member_id=member_id)),
    )


@dataclass(frozen=True, slots=True)
class ScheduleLine:
    instalment: Instalment
    covered: int
    """How much of this instalment the payments so far cover (they fill in order)."""
    status: str
    """``paid``, ``overdue`` (due and not fully covered), ``due`` (not yet due, partly
    covered) or ``upcoming``."""


@dataclass(frozen=True, slots=True)
class LoanView:
    loan: Loan
    member: SavingsMember
    position: LoanPosition | None
    """For an active loan; ``None`` otherwise."""
    schedule: tuple[ScheduleLine, ...]


def loan_view(connection: Connection, loan_id: int, as_of: date) -> LoanView:
    loan = get_loan(connection, loan_id)
    position = loan_positions(connection, as_of, loan_ids=(loan_id,)).get(loan_id)
    paid = position.paid if position else None
    lines = []
    for instalment in current_schedule(connection, loan):
        if paid is None:
            covered = instalment.amount if loan.status == "repaid" else 0
        else:
            covered = max(0, min(instalment.amount, paid))
            paid -= covered
        lines.append(ScheduleLine(instalment, covered, _status(instalment, covered, as_of)))
    return LoanView(loan, get_member(connection, loan.member_id), position, tuple(lines))


def _status(instalment: Instalment, covered: int, as_of: date) -> str:
    if covered >= instalment.amount:
        return "paid"
    if instalment.due_on < as_of:
        return "overdue"
    return "due" if covered else "upcoming"
