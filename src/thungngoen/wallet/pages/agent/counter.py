"""The agent's counter: find a member by phone (POSTed, never in a URL), take their cash
and top up their wallet, then show the receipt."""

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from thungngoen.errors import DomainError
from thungngoen.ledger.errors import BatchLegRejected
from thungngoen.wallet.pages.agent.desk import MemberCard, find_member
from thungngoen.wallet.topups import cash_topup_by_phone
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import FieldErrors, refusal, rejection, translated
from thungngoen.web.form_values import AmountTexts, typed_amount, typed_phone
from thungngoen.web.idempotency import form_key, new_form_key
from thungngoen.web.page_ops import read, write
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import AgentPage
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)

TEMPLATE = "wallet/agent/counter.html"
FIELD_OF_CODE = {"invalid_amount": "amount", "unknown_member": "phone"}
NOT_AN_AMOUNT = "Type an amount in baht, for example 500."
TOPUP_AMOUNT = AmountTexts(NOT_AN_AMOUNT, zero=None, below_zero=None, blank=NOT_AN_AMOUNT)
"""Zero or below is the operation's to refuse (its rejection shows by the field)."""


def _page(request: Request, status: int = 200, **context: Any) -> Response:
    values: dict[str, Any] = {"card": None, "phone": "", "amount": "", "field_errors": {}}
    return render(request, TEMPLATE, values | context, status_code=status)


async def _look_up(request: Request, typed: str) -> MemberCard | FieldErrors:
    """The member's card, or the error to show under the phone field."""
    try:
        phone = typed_phone(typed)
    except ValueError as problem:
        return {"phone": translated(request, str(problem))}
    try:
        return await read(request, lambda c: find_member(c, phone))
    except DomainError as error:
        return {"phone": rejection(request, error)}


@router.get("/agent")
async def counter(request: Request, user: AgentPage) -> Response:
    return _page(request)


@router.post("/agent")
async def look_up(request: Request, user: AgentPage, form: CheckedForm) -> Response:
    phone = form.get("phone", "").strip()
    found = await _look_up(request, phone)
    if not isinstance(found, MemberCard):
        return _page(request, 422, phone=phone, field_errors=found)
    return _page(request, card=found, idempotency_key=new_form_key())


@router.post("/agent/topup")
async def top_up(request: Request, user: AgentPage, form: CheckedForm) -> Response:
    key = form_key(form)
    phone, typed = form.get("phone", "").strip(), form.get("amount", "").strip()
    found = await _look_up(request, phone)
    if not isinstance(found, MemberCard):
        return _page(request, 422, phone=phone, field_errors=found)
    retry: dict[str, Any] = {"card": found, "amount": typed, "idempotency_key": key}
    try:
        amount = typed_amount(typed, TOPUP_AMOUNT)
    except ValueError as mistake:
        problem = translated(request, str(mistake))
        return _page(request, 422, field_errors={"amount": problem}, **retry)
    try:
        legs = await write(
            request,
            lambda c: cash_topup_by_phone(
                c,
                agent_user_id=user.id,
                member_phone=found.phone,
                amount=amount,
                idempotency_key=key,
            ),
        )
    except DomainError as error:
        cause = error.cause if isinstance(error, BatchLegRejected) else error
        return _page(request, 422, field_errors=refusal(request, cause, FIELD_OF_CODE), **retry)
    cash_leg = legs[0]
    return see_other(request, f"/agent/receipts/{cash_leg.id}", flash="Cash top-up recorded.")
