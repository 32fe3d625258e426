"""The till: type an amount and show its QR big, or charge the pay code a customer shows."""

from datetime import timedelta
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from thungngoen.clock import utc_now
from thungngoen.errors import DomainError
from thungngoen.wallet import merchant_pay
from thungngoen.wallet.checkout import MAX_REFERENCE
from thungngoen.wallet.pages.shop import queries
from thungngoen.wallet.pages.shop.current import Choice, Mine, MyShop, render_shop
from thungngoen.wallet.pages.shop.forms import typed_amount
from thungngoen.wallet.promptpay import qr_svg
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import FieldErrors, in_language, refusal
from thungngoen.web.idempotency import form_key, new_form_key
from thungngoen.web.page_ops import read, write
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import MerchantPage
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)

REQUEST_LIFETIME = timedelta(minutes=15)
CHARGE_FIELD_OF_CODE = {
    "tampered_token": "code",
    "expired_token": "code",
    "payment_request_used": "code",
    "invalid_amount": "charge_amount",
}


def _till_page(
    request: Request, mine: MyShop, values: dict[str, str], problems: FieldErrors
) -> Response:
    context: dict[str, Any] = {"values": values, "field_errors": problems}
    return render_shop(request, mine, "wallet/shop/till.html", context, 422 if problems else 200)


def _empty_till() -> dict[str, str]:
    fields = ("amount", "reference", "code", "charge_amount")
    return dict.fromkeys(fields, "") | {"idempotency_key": new_form_key()}


@router.get("/shop")
async def till(request: Request, choice: Choice) -> Response:
    shop = choice.current
    if shop is None:
        return render(request, "wallet/shop/no_shop.html")
    if shop.status != "approved":
        return render(request, "wallet/shop/waiting.html", {"shop": shop, "shops": choice.owned})
    return _till_page(request, MyShop(choice.user, choice.owned, shop), _empty_till(), {})


@router.post("/shop")
async def ask_payment(request: Request, mine: Mine, form: CheckedForm) -> Response:
    values = _empty_till() | {name: form.get(name, "").strip() for name in ("amount", "reference")}
    problems: FieldErrors = {}
    amount = typed_amount(values, "amount", problems)
    if len(values["reference"]) > MAX_REFERENCE:
        problems["reference"] = "A reference has at most 60 characters."
    if amount is None or problems:
        return _till_page(request, mine, values, in_language(request, problems))
    try:
        made = await write(
            request,
            lambda c: merchant_pay.create_payment_request(
                c,
                merchant_id=mine.shop.id,
                amount=amount,
                reference=values["reference"],
                lifetime=REQUEST_LIFETIME,
            ),
        )
    except DomainError as error:
        refused = refusal(request, error, {"invalid_amount": "amount"}, "till_form")
        return _till_page(request, mine, values, refused)
    pay_url = f"{request.base_url}pay/{made.token}"
    till_request = queries.TillRequest(
        made.id, made.merchant_id, made.amount, made.reference, made.expires_at, None, None, 0
    )
    context = {"made": made, "pay_url": pay_url, "qr": qr_svg(pay_url), "req": till_request}
    return render_shop(request, mine, "wallet/shop/till_qr.html", context | {"state": "pending"})


def pay_code_of(text: str) -> str:
    """The code a customer shows, also when their QR holds it at the end of a link."""
    return "".join(text.split()).rsplit("/", 1)[-1]


@router.post("/shop/charge")
async def charge(request: Request, mine: Mine, form: CheckedForm) -> Response:
    values = _empty_till() | {name: form.get(name, "") for name in ("code", "charge_amount")}
    values["idempotency_key"] = key = form_key(form)
    code = pay_code_of(values["code"])
    problems = {} if code else {"code": "Type or scan the customer's pay code."}
    amount = typed_amount(values, "charge_amount", problems)
    if amount is None or problems:
        return _till_page(request, mine, values, in_language(request, problems))
    try:
        payment = await write(
            request,
            lambda c: merchant_pay.charge_pay_code(
                c,
                merchant_id=mine.shop.id,
                code=code,
                amount=amount,
                idempotency_key=key,
                now=utc_now(),
            ),
        )
    except DomainError as error:
        refused = refusal(request, error, CHARGE_FIELD_OF_CODE, "charge_form")
        return _till_page(request, mine, values, refused)
    return see_other(request, f"/shop/payments/{payment.id}", flash="Payment received.")


@router.get("/shop/requests/{request_id:id}")
async def request_status(request: Request, request_id: int, user: MerchantPage) -> Response:
    """A till request's state without JavaScript (the till's live status needs none)."""
    found = await read(request, lambda c: queries.till_request(c, user, request_id))
    if found is None:
        raise HTTPException(status_code=404)
    context = {"req": found, "state": found.state(utc_now())}
    return render(request, "wallet/shop/request.html", context)


@router.get("/shop/payments/{payment_id:id}")
async def receipt(request: Request, payment_id: int, mine: Mine) -> Response:
    payment = await read(request, lambda c: queries.shop_payment(c, mine.shop.id, payment_id))
    if payment is None:
        raise HTTPException(status_code=404)
    return render_shop(request, mine, "wallet/shop/receipt.html", {"payment": payment})
