"""``/savings/loans/{id}``: one loan with its repayment schedule and what is paid, for the
borrower, the group's officers and the staff; the chair, treasurer or secretary decide an
application, restructure a loan or write it off here."""

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen import savings
from thungngoen.auth.users import User
from thungngoen.errors import DomainError
from thungngoen.savings import access
from thungngoen.savings.loan_changes import WRITE_OFF_AFTER_DAYS
from thungngoen.savings.pages.common import (
    actor,
    checked_read,
    checked_write,
    powers_in,
    whole_number,
)
from thungngoen.savings.texts import BUCKET_LABELS, LOAN_STATUS_LABELS, OFFICE_LABELS
from thungngoen.savings.texts.approvals import LOAN_APPROVED, RECORDED_MORE
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import REQUIRED, FieldErrors, rejection, translated
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import PageUser
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)

SCHEDULE_LABELS = {
    "paid": "Paid",
    "overdue": "Overdue",
    "due": "Partly paid",
    "upcoming": "Upcoming",
}
Act = Callable[[Connection, int, str], savings.Loan]
"""What an approving officer does: (connection, their seat, actor) → the loan."""
ReasonedAct = Callable[[Connection, int, str, str], savings.Loan]
"""The same with the officer's written reason as the last argument."""
Said = Callable[[Request, savings.Loan, savings.Approvals], str]
"""The flash after a decision: what it did, in the user's language."""


def _updated(request: Request, loan: savings.Loan, approvals: savings.Approvals) -> str:
    return "Loan updated."


def approval_said(request: Request, loan: savings.Loan, approvals: savings.Approvals) -> str:
    """Approved, or recorded with how many approvals the regulation still needs."""
    if loan.status != "applied":
        return LOAN_APPROVED
    return translated(request, RECORDED_MORE).format(more=max(1, approvals.missing))


def _loan(connection: Connection, loan_id: int, user: User) -> dict[str, Any]:
    loan = savings.get_loan(connection, loan_id)
    access.require_member_reader(connection, loan.member_id, user)
    today = savings.thai_today()
    return {
        "view": savings.loan_view(connection, loan_id, today),
        "approvals": savings.approvals_of(connection, loan, today),
        "group": savings.get_group(connection, loan.group_id),
        "powers": powers_in(connection, loan.group_id, user),
    }


async def _page(
    request: Request,
    loan_id: int,
    user: User,
    values: dict[str, str] | None = None,
    errors: FieldErrors | None = None,
) -> Response:
    found = await checked_read(request, lambda c: _loan(c, loan_id, user))
    context = {
        **found,
        "values": values or {},
        "field_errors": errors or {},
        "write_off_after": WRITE_OFF_AFTER_DAYS,
        "loan_status_labels": LOAN_STATUS_LABELS,
        "office_labels": OFFICE_LABELS,
        "bucket_labels": BUCKET_LABELS,
        "schedule_labels": SCHEDULE_LABELS,
    }
    return render(request, "savings/loan.html", context, 422 if errors else 200)


@router.get("/savings/loans/{loan_id:id}")
async def loan_page(request: Request, loan_id: int, user: PageUser) -> Response:
    return await _page(request, loan_id, user)


async def _decide(
    request: Request,
    loan_id: int,
    user: User,
    form: dict[str, str],
    act: Act,
    where: str,
    said: Said = _updated,
) -> Response:
    def work(connection: Connection) -> tuple[savings.Loan, savings.Approvals]:
        loan = savings.get_loan(connection, loan_id)
        seat = access.require_approver(connection, loan.group_id, user)
        decided = act(connection, seat.id, actor(user))
        return decided, savings.approvals_of(connection, decided, savings.thai_today())

    try:
        loan, approvals = await checked_write(request, work)
    except DomainError as error:
        return await _page(request, loan_id, user, form, {where: rejection(request, error)})
    flash = said(request, loan, approvals)
    return see_other(request, f"/savings/loans/{loan_id}", flash=flash)


async def _decide_with_reason(
    request: Request,
    loan_id: int,
    user: User,
    form: dict[str, str],
    act: ReasonedAct,
    where: str,
    errors: FieldErrors | None = None,
) -> Response:
    """A decision that needs a written reason: refused next to ``where`` without one (or
    with any of the route's own ``errors``)."""
    errors = {} if errors is None else errors
    reason = form.get("reason", "").strip()
    if not reason:
        errors[where] = translated(request, REQUIRED)
    if errors:
        return await _page(request, loan_id, user, form, errors)
    return await _decide(
        request, loan_id, user, form, lambda c, seat, who: act(c, seat, who, reason), where
    )


@router.post("/savings/loans/{loan_id:id}/approve")
async def approve(request: Request, loan_id: int, user: PageUser, form: CheckedForm) -> Response:
    today = savings.thai_today()
    return await _decide(
        request,
        loan_id,
        user,
        form,
        lambda c, seat, who: savings.approve_loan(
            c, loan_id, officer_id=seat, decided_on=today, actor=who
        ),
        "approve",
        approval_said,
    )


@router.post("/savings/loans/{loan_id:id}/reject")
async def reject(request: Request, loan_id: int, user: PageUser, form: CheckedForm) -> Response:
    today = savings.thai_today()
    return await _decide_with_reason(
        request,
        loan_id,
        user,
        form,
        lambda c, seat, who, reason: savings.reject_loan(
            c, loan_id, officer_id=seat, reason=reason, decided_on=today, actor=who
        ),
        "reject",
    )


@router.post("/savings/loans/{loan_id:id}/restructure")
async def restructure(
    request: Request, loan_id: int, user: PageUser, form: CheckedForm
) -> Response:
    errors: FieldErrors = {}
    months = whole_number(request, form, "months", errors)
    today = savings.thai_today()
    return await _decide_with_reason(
        request,
        loan_id,
        user,
        form,
        lambda c, seat, who, reason: savings.restructure_loan(
            c, loan_id, months=months, decided_on=today, officer_id=seat, reason=reason, actor=who
        ),
        "restructure",
        errors,
    )


@router.post("/savings/loans/{loan_id:id}/write-off")
async def write_off(request: Request, loan_id: int, user: PageUser, form: CheckedForm) -> Response:
    today = savings.thai_today()
    return await _decide_with_reason(
        request,
        loan_id,
        user,
        form,
        lambda c, seat, who, reason: savings.write_off_loan(
            c, loan_id, written_on=today, officer_id=seat, reason=reason, actor=who
        ),
        "write_off",
    )
