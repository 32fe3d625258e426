"""When a borrower cannot keep up: restructuring (a new schedule for the principal still
owed) or, past 90 days overdue, writing the loan off against the year's profit.

Interest is booked when paid, so scheduled interest left unpaid is not carried into a
new schedule: the new one charges the group's rate on the principal still owed.
"""

from dataclasses import replace
from datetime import date

from sqlalchemy import Connection, update

from thungngoen import ledger
from thungngoen.savings.arrears import LoanPosition, loan_positions
from thungngoen.savings.errors import InvalidLoan, LoanNotActive, NotAnApprover, WriteOffTooEarly
from thungngoen.savings.groups import get_group
from thungngoen.savings.loan_limits import over_months
from thungngoen.savings.loan_values import Loan, get_loan
from thungngoen.savings.loans import APPROVING_OFFICES, audit_loan
from thungngoen.savings.moves import Move
from thungngoen.savings.people import active_officers
from thungngoen.savings.records import record_entries, save_schedule
from thungngoen.savings.regulation import regulation_on
from thungngoen.savings.schedule import compute_schedule
from thungngoen.savings.tables import loans

WRITE_OFF_AFTER_DAYS = 90


def restructure_loan(
    connection: Connection,
    loan_id: int,
    *,
    months: int,
    decided_on: date,
    officer_id: int,
    reason: str,
    actor: str,
) -> Loan:
    """A new schedule of ``months`` instalments for the principal still owed, from
    ``decided_on``; the loan keeps its rate and methods."""
    loan, position = _active(connection, loan_id, officer_id, decided_on, reason)
    rules = regulation_on(connection, loan.group_id, decided_on)
    if months > rules.max_loan_months:
        raise over_months(max_months=rules.max_loan_months, months=months)
    terms = replace(loan.terms, principal=position.outstanding, months=months)
    schedule = compute_schedule(terms, decided_on)
    version = loan.schedule_version + 1
    save_schedule(connection, loan_id, version, schedule)
    connection.execute(
        update(loans)
        .where(loans.c.id == loan_id)
        .values(
            schedule_version=version,
            schedule_principal=position.outstanding,
            interest_paid_before=position.interest_paid,
            months=months,
            note=reason.strip()[:500],
        )
    )
    audit_loan(connection, actor, "restructure", loan_id, {"months": months, "version": version})
    return get_loan(connection, loan_id)


def write_off_loan(
    connection: Connection,
    loan_id: int,
    *,
    written_on: date,
    officer_id: int,
    reason: str,
    actor: str,
) -> Loan:
    """The principal still owed becomes a loss of the year (an expense of the group)."""
    loan, position = _active(connection, loan_id, officer_id, written_on, reason)
    if position.days_overdue <= WRITE_OFF_AFTER_DAYS:
        raise WriteOffTooEarly(
            f"a loan is written off after {WRITE_OFF_AFTER_DAYS} days overdue"
            f" (this one: {position.days_overdue})"
        )
    group = get_group(connection, loan.group_id)
    assert loan.account_id is not None
    move = Move(
        "write_off",
        group.expenses_account_id,
        loan.account_id,
        position.outstanding,
        member_id=loan.member_id,
        loan_id=loan_id,
        note=reason.strip()[:200],
    )
    transfer = ledger.post_transfer(connection, move.request({"group_id": group.id}))
    record_entries(connection, group.id, written_on, {}, [(move, transfer.id)])
    connection.execute(
        update(loans)
        .where(loans.c.id == loan_id)
        .values(status="written_off", note=reason.strip()[:500])
    )
    audit_loan(connection, actor, "write_off", loan_id, {"principal": position.outstanding})
    return get_loan(connection, loan_id)


def _active(
    connection: Connection, loan_id: int, officer_id: int, on: date, reason: str
) -> tuple[Loan, LoanPosition]:
    loan = get_loan(connection, loan_id)
    get_group(connection, loan.group_id, lock=True)
    if not reason.strip():
        raise InvalidLoan("say why the loan is changed")
    seat = next((o for o in active_officers(connection, loan.group_id) if o.id == officer_id), None)
    if seat is None or seat.office not in APPROVING_OFFICES:
        raise NotAnApprover("only the group's chair, treasurer or secretary changes a loan")
    position = loan_positions(connection, on, loan_ids=(loan_id,)).get(loan_id)
    if position is None or position.outstanding == 0:
        raise LoanNotActive(f"loan {loan_id} is {loan.status}, not active")
    if loan.disbursed_on is not None and on < loan.disbursed_on:
        raise InvalidLoan("a loan is changed after it was paid out")
    return loan, position
