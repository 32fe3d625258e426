"""Loans, from application to approval: the member applies (an officer enters it), the
officers approve, and the meeting sheet pays it out (``meetings``).

An application is refused when the member is in arrears (commitment or a loan) or when
all their loans would exceed the group's multiple of their savings.
"""

from datetime import date
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from thungngoen import audit, ledger
from thungngoen.clock import utc_now
from thungngoen.savings.arrears import commitment_arrears, loan_positions
from thungngoen.savings.errors import (
    InvalidLoan,
    LoanAlreadyDecided,
    MemberInArrears,
    NotAnApprover,
)
from thungngoen.savings.groups import get_group
from thungngoen.savings.loan_limits import over_months, over_savings
from thungngoen.savings.loan_values import Loan, get_loan, list_loans
from thungngoen.savings.people import Officer, active_officers, group_member
from thungngoen.savings.regulation import regulation_on
from thungngoen.savings.schedule import LoanTerms, check_terms
from thungngoen.savings.tables import loan_approvals, loans, officers

APPROVING_OFFICES = ("chair", "treasurer", "secretary")


def apply_for_loan(
    connection: Connection,
    group_id: int,
    *,
    member_id: int,
    principal: int,
    months: int,
    purpose: str,
    applied_on: date,
    actor: str,
) -> Loan:
    """The loan takes the rate and methods of the regulation in effect on ``applied_on``."""
    get_group(connection, group_id, lock=True)
    member = group_member(connection, group_id, member_id)
    rules = regulation_on(connection, group_id, applied_on)
    terms = LoanTerms(
        principal, months, rules.interest_bp, rules.interest_method, rules.repayment_method
    )
    check_terms(terms)
    if months > rules.max_loan_months:
        raise over_months(max_months=rules.max_loan_months, months=months)
    if not purpose.strip() or len(purpose) > 200:
        raise InvalidLoan("a loan needs a purpose of up to 200 characters")
    check_not_in_arrears(connection, group_id, member_id, applied_on)
    savings = ledger.balance(connection, member.savings_account_id)
    owed = loans_owed(connection, group_id, member_id)
    if owed + principal > savings * rules.max_loan_percent // 100:
        percent = rules.max_loan_percent
        raise over_savings(percent=percent, savings=savings, owed=owed, principal=principal)
    values: dict[str, Any] = {
        "group_id": group_id,
        "member_id": member_id,
        "principal": principal,
        "months": months,
        "interest_bp": terms.interest_bp,
        "interest_method": terms.interest_method,
        "repayment_method": terms.repayment_method,
        "purpose": purpose.strip(),
        "status": "applied",
        "applied_on": applied_on,
        "schedule_version": 0,
        "schedule_principal": principal,
        "interest_paid_before": 0,
        "note": "",
        "created_at": utc_now(),
    }
    loan_id = connection.execute(insert(loans).returning(loans.c.id), values).scalar_one()
    audit_loan(
        connection, actor, "apply", loan_id, {"member_id": member_id, "principal": principal}
    )
    return get_loan(connection, loan_id)


def check_not_in_arrears(connection: Connection, group_id: int, member_id: int, on: date) -> None:
    behind = commitment_arrears(connection, group_id, on).get(member_id, 0)
    if behind:
        raise MemberInArrears(f"the member is {behind} satang behind on the commitment saving")
    mine = list_loans(connection, group_id, statuses=("active",), member_id=member_id)
    positions = loan_positions(connection, on, loan_ids=tuple(loan.id for loan in mine))
    late = [position for position in positions.values() if position.overdue]
    if late:
        raise MemberInArrears(
            f"the member is {late[0].overdue} satang behind on loan {late[0].loan.id}"
        )


def loans_owed(connection: Connection, group_id: int, member_id: int) -> int:
    """Principal still owed on active loans plus loans applied for or approved."""
    mine = list_loans(connection, group_id, member_id=member_id)
    waiting = sum(loan.principal for loan in mine if loan.status in ("applied", "approved"))
    active = [loan.account_id for loan in mine if loan.status == "active" and loan.account_id]
    return waiting + sum(ledger.balance(connection, account) for account in active)


def approve_loan(
    connection: Connection, loan_id: int, *, officer_id: int, decided_on: date, actor: str
) -> Loan:
    """One officer's approval; the loan is approved once the regulation's number of
    officers (never the borrower, never a collector) have approved it."""
    loan, officer = _deciding(connection, loan_id, officer_id, decided_on)
    connection.execute(
        insert(loan_approvals),
        {
            "loan_id": loan_id,
            "officer_id": officer.id,
            "approved": True,
            "reason": "",
            "decided_on": decided_on,
        },
    )
    count = connection.execute(
        select(func.count()).where(
            loan_approvals.c.loan_id == loan_id, loan_approvals.c.approved.is_(True)
        )
    ).scalar_one()
    needed = regulation_on(connection, loan.group_id, decided_on).approvals_required
    if count >= needed:
        _set_status(connection, loan_id, status="approved", decided_on=decided_on)
    audit_loan(
        connection, actor, "approve", loan_id, {"officer_id": officer.id, "approvals": count}
    )
    return get_loan(connection, loan_id)


def reject_loan(
    connection: Connection,
    loan_id: int,
    *,
    officer_id: int,
    reason: str,
    decided_on: date,
    actor: str,
) -> Loan:
    if not reason.strip():
        raise InvalidLoan("a refusal gives its reason")
    _, officer = _deciding(connection, loan_id, officer_id, decided_on)
    values = {"approved": False, "reason": reason.strip()[:500], "decided_on": decided_on}
    connection.execute(
        insert(loan_approvals), {"loan_id": loan_id, "officer_id": officer.id, **values}
    )
    _set_status(connection, loan_id, status="rejected", decided_on=decided_on, note=reason.strip())
    audit_loan(connection, actor, "reject", loan_id, {"officer_id": officer.id, "reason": reason})
    return get_loan(connection, loan_id)


def _deciding(
    connection: Connection, loan_id: int, officer_id: int, decided_on: date
) -> tuple[Loan, Officer]:
    loan = get_loan(connection, loan_id)
    get_group(connection, loan.group_id, lock=True)
    if loan.status != "applied":
        raise LoanAlreadyDecided(f"loan {loan_id} is {loan.status}")
    if decided_on < loan.applied_on:
        raise InvalidLoan("a loan is decided on or after the day it was applied for")
    seat = next((o for o in active_officers(connection, loan.group_id) if o.id == officer_id), None)
    if seat is None or seat.office not in APPROVING_OFFICES:
        raise NotAnApprover("only the group's chair, treasurer or secretary decides a loan")
    if seat.member_id == loan.member_id:
        raise NotAnApprover("a borrower does not decide their own loan")
    earlier = (
        select(loan_approvals.c.officer_id)
        .join(officers, officers.c.id == loan_approvals.c.officer_id)
        .where(loan_approvals.c.loan_id == loan_id, officers.c.member_id == seat.member_id)
    )
    if connection.execute(earlier).first():
        raise LoanAlreadyDecided("this officer has already decided this loan")
    return loan, seat


def _set_status(connection: Connection, loan_id: int, **values: Any) -> None:
    connection.execute(update(loans).where(loans.c.id == loan_id).values(**values))


def audit_loan(
    connection: Connection, actor: str, verb: str, loan_id: int, after: dict[str, Any]
) -> None:
    audit.record(
        connection,
        actor=actor,
        action=f"savings.loan.{verb}",
        subject_type="savings_loan",
        subject_id=loan_id,
        after=after,
    )
