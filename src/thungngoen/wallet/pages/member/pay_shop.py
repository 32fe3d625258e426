"""Pay a shop from its printed QR poster (``/pay/shop/<shop number>``): the member types
the amount and confirms with the PIN, as ``POST /api/v1/shops/{id}/pay`` does — unless the
shop's till is waiting for a bill, which the number then opens (``open_requests``)."""

from fastapi import APIRouter, Request
from fastapi.responses import Response

from thungngoen.clock import utc_now
from thungngoen.errors import DomainError
from thungngoen.wallet.checkout import MAX_REFERENCE, approved_merchant, pay_merchant
from thungngoen.wallet.errors import UnknownMerchant
from thungngoen.wallet.pages.member.common import (
    FormState,
    confirmed,
    read_amount,
    refused,
    render_form,
)
from thungngoen.wallet.pages.member.open_requests import open_request_page
from thungngoen.wallet.pay_quote import Quote, quote
from thungngoen.wallet.people import Shop, member_for_user
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.page_ops import read
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import MemberPage
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)

TEMPLATE = "wallet/member/pay_shop.html"
FIELDS = ("amount", "reference")


async def _shop(request: Request, merchant_id: int) -> Shop:
    return await read(request, lambda c: approved_merchant(c, merchant_id))


def _refused(request: Request, error: DomainError) -> Response:
    return refused(request, error, 404 if isinstance(error, UnknownMerchant) else 422)


async def _quote(request: Request, merchant_id: int, amount: int) -> Quote | None:
    """What ``amount`` will cost, as checkout will charge it (none without an amount)."""
    if not amount:
        return None
    return await read(request, lambda c: quote(c, merchant_id, amount, utc_now()))


@router.get("/pay/shop/{merchant_id:id}/quote")
async def pay_shop_quote(
    request: Request, user: MemberPage, merchant_id: int, amount: str = ""
) -> Response:
    """The price, discount and charge for the amount typed (HTMX asks as it is typed);
    the pay button comes with it, out of band."""
    state = FormState({"amount": amount.strip()})
    typed = read_amount(request, state)
    found = None if state.errors else await _quote(request, merchant_id, typed)
    context = {"quote": found, "oob": True}
    return render(request, "wallet/member/_pay_quote.html", context)


@router.get("/pay/shop/{merchant_id:id}")
async def pay_shop_page(
    request: Request, user: MemberPage, merchant_id: int, any_amount: bool = False
) -> Response:
    """The bill the shop's till waits for, if any (``open_requests``); else the form."""
    try:
        shop = await _shop(request, merchant_id)
    except DomainError as error:
        return _refused(request, error)
    waiting = None if any_amount else await open_request_page(request, shop)
    if waiting is not None:
        return waiting
    state = FormState(dict.fromkeys(FIELDS, ""))
    return await render_form(request, user, TEMPLATE, state, {"shop": shop, "quote": None})


@router.post("/pay/shop/{merchant_id:id}")
async def pay_shop(
    request: Request, user: MemberPage, merchant_id: int, form: CheckedForm
) -> Response:
    state = FormState.posted(form, FIELDS)
    amount = read_amount(request, state)
    if not state.errors:
        payment = await confirmed(
            request,
            user,
            form,
            state,
            lambda c: pay_merchant(
                c,
                member=member_for_user(c, user.id),
                merchant_id=merchant_id,
                amount=amount,
                channel="shop_qr",
                idempotency_key=state.key,
                now=utc_now(),
                reference=state.values["reference"][:MAX_REFERENCE],
            ),
        )
        if payment is not None:
            return see_other(request, f"/wallet/receipts/{payment.transfer_id}", flash="Paid.")
    try:
        shop = await _shop(request, merchant_id)
    except DomainError as error:
        return _refused(request, error)
    found = None if "amount" in state.errors else await _quote(request, merchant_id, amount)
    return await render_form(request, user, TEMPLATE, state, {"shop": shop, "quote": found})
