"""``/savings/groups/{id}/loans``: a group's loans — applications waiting for the officers,
approved loans the next sheet pays out, loans being repaid with how overdue they are
(30/60/90 days), and closed ones — and the application form the chair, treasurer or
secretary fills in for a member."""

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen import savings
from thungngoen.auth.users import User
from thungngoen.errors import DomainError
from thungngoen.savings import access
from thungngoen.savings.pages.common import (
    actor,
    checked_read,
    checked_write,
    powers_in,
    required_amount,
    whole_number,
)
from thungngoen.savings.pages.group import BUCKET_ORDER
from thungngoen.savings.texts import BUCKET_LABELS, LOAN_STATUS_LABELS, OFFICE_LABELS
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import REQUIRED, FieldErrors, refusal, translated
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import PageUser
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)

APPLY_FIELDS = ("member_id", "principal", "months", "purpose")
FIELD_OF_CODE = {
    "over_savings_multiple": "principal",
    "over_loan_months": "months",
    "member_in_arrears": "member_id",
    "unknown_savings_member": "member_id",
}
CLOSED = ("repaid", "written_off", "rejected")


def _loans(connection: Connection, group_id: int, user: User) -> dict[str, Any]:
    access.require_group_reader(connection, group_id, user)
    today = savings.thai_today()
    found = savings.list_loans(connection, group_id)
    positions = savings.loan_positions(connection, today, group_id=group_id)
    by_bucket: dict[str, int] = {}
    for position in positions.values():
        by_bucket[position.bucket] = by_bucket.get(position.bucket, 0) + position.outstanding
    applied = [loan for loan in found if loan.status == "applied"]
    return {
        "group": savings.get_group(connection, group_id),
        "members": savings.list_members(connection, group_id),
        "powers": powers_in(connection, group_id, user),
        "applied": applied,
        "approvals": {loan.id: savings.approvals_of(connection, loan, today) for loan in applied},
        "approved": [loan for loan in found if loan.status == "approved"],
        "active": sorted(positions.values(), key=lambda p: (-p.days_overdue, p.loan.id)),
        "closed": [loan for loan in found if loan.status in CLOSED],
        "by_bucket": by_bucket,
    }


async def _page(
    request: Request, group_id: int, user: User, values: dict[str, str], errors: FieldErrors
) -> Response:
    found = await checked_read(request, lambda c: _loans(c, group_id, user))
    context = {
        **found,
        "names": {member.id: member.name for member in found["members"]},
        "values": values,
        "field_errors": errors,
        "buckets": BUCKET_ORDER,
        "bucket_labels": BUCKET_LABELS,
        "loan_status_labels": LOAN_STATUS_LABELS,
        "office_labels": OFFICE_LABELS,
    }
    return render(request, "savings/loans.html", context, 422 if errors else 200)


@router.get("/savings/groups/{group_id:id}/loans")
async def loans_page(request: Request, group_id: int, user: PageUser) -> Response:
    return await _page(request, group_id, user, {"months": "6"}, {})


@router.post("/savings/groups/{group_id:id}/loans")
async def apply(request: Request, group_id: int, user: PageUser, form: CheckedForm) -> Response:
    values = {name: form.get(name, "").strip() for name in APPLY_FIELDS}
    errors: FieldErrors = {}
    member_id = whole_number(request, values, "member_id", errors)
    principal = required_amount(request, values, "principal", errors)
    months = whole_number(request, values, "months", errors)
    if not values["purpose"]:
        errors["purpose"] = translated(request, REQUIRED)
    if errors:
        return await _page(request, group_id, user, values, errors)

    def work(connection: Connection) -> savings.Loan:
        access.require_office(connection, group_id, user, access.SETUP_OFFICES)
        return savings.apply_for_loan(
            connection,
            group_id,
            member_id=member_id,
            principal=principal,
            months=months,
            purpose=values["purpose"],
            applied_on=savings.thai_today(),
            actor=actor(user),
        )

    try:
        loan = await checked_write(request, work)
    except DomainError as error:
        return await _page(request, group_id, user, values, refusal(request, error, FIELD_OF_CODE))
    return see_other(request, f"/savings/loans/{loan.id}", flash="Loan application entered.")
