"""Loans: an officer enters the application, the chair, treasurer or secretary decide,
restructure or write off; the borrower reads their loan; anyone previews a schedule."""

from collections.abc import Callable
from datetime import date

from fastapi import APIRouter
from sqlalchemy import Connection, Engine

from thungngoen import savings
from thungngoen.auth.users import User
from thungngoen.db import read_transaction, write_transaction
from thungngoen.savings import access
from thungngoen.savings.api.schemas import (
    ApprovalOut,
    DecisionIn,
    InstalmentOut,
    LoanIn,
    LoanOut,
    LoanViewOut,
    RestructureIn,
    TermsIn,
    WriteOffIn,
)
from thungngoen.web.api_fields import Day, Id
from thungngoen.web.deps import CurrentUser, EngineDep

router = APIRouter(prefix="/api/v1/savings", tags=["savings"])


def _day(day: date | None) -> date:
    return day or savings.thai_today()


@router.post("/groups/{group_id}/loans", status_code=201)
def apply_for_loan(group_id: Id, body: LoanIn, user: CurrentUser, engine: EngineDep) -> LoanOut:
    def work(connection: Connection) -> savings.Loan:
        access.require_office(connection, group_id, user, access.SETUP_OFFICES)
        return savings.apply_for_loan(
            connection,
            group_id,
            member_id=body.member_id,
            principal=body.principal,
            months=body.months,
            purpose=body.purpose,
            applied_on=_day(body.applied_on),
            actor=f"user:{user.id}",
        )

    return LoanOut.model_validate(write_transaction(engine, work))


Act = Callable[[Connection, int, str], savings.Loan]
"""What an approving officer does to a loan: (connection, their seat, actor) → the loan."""


@router.get("/groups/{group_id}/loans")
def list_loans(
    group_id: Id, user: CurrentUser, engine: EngineDep, status: str | None = None
) -> list[LoanOut]:
    """The group's loans (of one status: applied, approved, active, …), oldest first."""
    with read_transaction(engine) as connection:
        access.require_group_reader(connection, group_id, user)
        found = savings.list_loans(connection, group_id, statuses=(status,) if status else ())
    return [LoanOut.model_validate(loan) for loan in found]


def _by_approver(engine: Engine, loan_id: int, user: User, act: Act) -> LoanOut:
    def work(connection: Connection) -> savings.Loan:
        loan = savings.get_loan(connection, loan_id)
        seat = access.require_approver(connection, loan.group_id, user)
        return act(connection, seat.id, f"user:{user.id}")

    return LoanOut.model_validate(write_transaction(engine, work))


@router.post("/loans/{loan_id}/approve")
def approve_loan(
    loan_id: Id, body: DecisionIn, user: CurrentUser, engine: EngineDep
) -> ApprovalOut:
    """One officer's approval; approved once the regulation's number have approved
    (``approvals_needed``; ``approvals_given`` says how many have)."""
    day = _day(body.decided_on)

    def work(connection: Connection) -> ApprovalOut:
        loan = savings.get_loan(connection, loan_id)
        seat = access.require_approver(connection, loan.group_id, user)
        approved = savings.approve_loan(
            connection, loan_id, officer_id=seat.id, decided_on=day, actor=f"user:{user.id}"
        )
        approvals = savings.approvals_of(connection, approved, day)
        return ApprovalOut.model_validate(
            {
                **LoanOut.model_validate(approved).model_dump(),
                "approvals_needed": approvals.needed,
                "approvals_given": approvals.count,
            }
        )

    return write_transaction(engine, work)


@router.post("/loans/{loan_id}/reject")
def reject_loan(loan_id: Id, body: DecisionIn, user: CurrentUser, engine: EngineDep) -> LoanOut:
    return _by_approver(
        engine,
        loan_id,
        user,
        lambda c, officer, actor: savings.reject_loan(
            c,
            loan_id,
            officer_id=officer,
            reason=body.reason,
            decided_on=_day(body.decided_on),
            actor=actor,
        ),
    )


@router.post("/loans/{loan_id}/restructure")
def restructure_loan(
    loan_id: Id, body: RestructureIn, user: CurrentUser, engine: EngineDep
) -> LoanOut:
    return _by_approver(
        engine,
        loan_id,
        user,
        lambda c, officer, actor: savings.restructure_loan(
            c,
            loan_id,
            months=body.months,
            decided_on=_day(body.decided_on),
            officer_id=officer,
            reason=body.reason,
            actor=actor,
        ),
    )


@router.post("/loans/{loan_id}/write-off")
def write_off_loan(loan_id: Id, body: WriteOffIn, user: CurrentUser, engine: EngineDep) -> LoanOut:
    """Only past 90 days overdue; the principal owed becomes a loss of the year."""
    return _by_approver(
        engine,
        loan_id,
        user,
        lambda c, officer, actor: savings.write_off_loan(
            c,
            loan_id,
            written_on=_day(body.written_on),
            officer_id=officer,
            reason=body.reason,
            actor=actor,
        ),
    )


@router.get("/loans/{loan_id}")
def loan_view(
    loan_id: Id, user: CurrentUser, engine: EngineDep, as_of: Day | None = None
) -> LoanViewOut:
    """The loan with its schedule and what is paid: for the borrower, the group's
    officers and the staff."""
    with read_transaction(engine) as connection:
        loan = savings.get_loan(connection, loan_id)
        access.require_member_reader(connection, loan.member_id, user)
        view = savings.loan_view(connection, loan_id, _day(as_of))
    return LoanViewOut.model_validate(view)


@router.post("/schedule")
def preview_schedule(body: TermsIn, _user: CurrentUser) -> list[InstalmentOut]:
    """A loan's schedule before applying (for anyone logged in): exact to the satang,
    the last instalment taking the rounding."""
    terms = savings.LoanTerms(
        body.principal, body.months, body.interest_bp, body.interest_method, body.repayment_method
    )
    lines = savings.compute_schedule(terms, _day(body.start))
    return [InstalmentOut.model_validate(line) for line in lines]
