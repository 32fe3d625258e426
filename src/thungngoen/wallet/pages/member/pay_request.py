"""Pay a till's request: the shop's QR carries ``/pay/<signed token>``. The member sees the
shop, the amount, the reference and the expiry, confirms with the PIN, and gets a receipt.
An expired, used or tampered link is refused in the page and pays nothing."""

from fastapi import APIRouter, Request
from fastapi.responses import Response

from thungngoen.clock import utc_now
from thungngoen.errors import DomainError
from thungngoen.wallet import merchant_pay
from thungngoen.wallet.errors import PaymentRequestUsed
from thungngoen.wallet.pages.member.common import FormState, confirmed, refused, render_form
from thungngoen.wallet.pages.member.open_requests import other_amount_path
from thungngoen.wallet.pay_quote import quote
from thungngoen.wallet.people import member_for_user
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.page_ops import read, write
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import MemberPage

router = APIRouter(include_in_schema=False)

TEMPLATE = "wallet/member/pay_request.html"


async def _render(
    request: Request,
    user: MemberPage,
    state: FormState,
    asked: merchant_pay.PaymentRequest,
    by_number: bool = False,
) -> Response:
    """The request with what it will cost: checkout's own discount, before the PIN. Found
    by the shop's number, it offers to pay the shop another amount instead."""
    now = utc_now()
    found = await read(request, lambda c: quote(c, asked.merchant_id, asked.amount, now))
    context = {"asked": asked, "quote": found}
    if by_number:
        context["other_amount"] = other_amount_path(asked.merchant_id)
    return await render_form(request, user, TEMPLATE, state, context)


async def _open(request: Request, token: str) -> merchant_pay.PaymentRequest:
    """The request behind the link (as the API opens it); refuses a used one too."""
    found = await write(request, lambda c: merchant_pay.open_payment_request(c, token, utc_now()))
    if found.paid:
        raise PaymentRequestUsed("this QR has already been paid")
    return found


@router.get("/pay/{token}")
async def pay_request_page(
    request: Request, user: MemberPage, token: str, by: str = ""
) -> Response:
    try:
        asked = await _open(request, token)
    except DomainError as error:
        return refused(request, error)
    return await _render(request, user, FormState({}), asked, by_number=by == "number")


@router.post("/pay/{token}")
async def pay_request(
    request: Request, user: MemberPage, token: str, form: CheckedForm, by: str = ""
) -> Response:
    state = FormState.posted(form, ())
    payment = await confirmed(
        request,
        user,
        form,
        state,
        lambda c: merchant_pay.pay_payment_request(
            c,
            member=member_for_user(c, user.id),
            token=token,
            idempotency_key=state.key,
            now=utc_now(),
        ),
        amount_field="form",  # the amount is the shop's
    )
    if payment is not None:
        return see_other(request, f"/wallet/receipts/{payment.transfer_id}", flash="Paid.")
    try:
        asked = await _open(request, token)
    except DomainError as error:
        return refused(request, error)
    return await _render(request, user, state, asked, by_number=by == "number")
