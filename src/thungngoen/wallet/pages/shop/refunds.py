"""Refunds: give back all or part of a recent payment, with the reason. The operation caps
a refund at what is left of the payment; the idempotency key makes a double tap one refund."""

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from thungngoen.errors import DomainError
from thungngoen.wallet import merchant_pay
from thungngoen.wallet.merchant_pay.refunds import MAX_REASON
from thungngoen.wallet.pages.shop import queries
from thungngoen.wallet.pages.shop.current import Mine, MyShop, render_shop
from thungngoen.wallet.pages.shop.forms import typed_amount
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import REQUIRED, FieldErrors, in_language, refusal
from thungngoen.web.idempotency import form_key, new_form_key
from thungngoen.web.page_ops import read, write
from thungngoen.web.pages.redirects import see_other

router = APIRouter(include_in_schema=False)

FIELD_OF_CODE = {
    "refund_too_large": "amount",
    "invalid_amount": "amount",
    "wallet_error": "payment_id",
    "allowance_closed": "payment_id",
}


async def _refunds_page(
    request: Request, mine: MyShop, values: dict[str, str], problems: FieldErrors
) -> Response:
    merchant_id = mine.shop.id
    payments, refunds = await read(
        request,
        lambda c: (
            queries.recent_payments(c, merchant_id),
            queries.recent_refunds(c, merchant_id),
        ),
    )
    context: dict[str, Any] = {
        "payments": payments,
        "refunds": refunds,
        "values": values,
        "field_errors": problems,
        "max_reason": MAX_REASON,
    }
    return render_shop(request, mine, "wallet/shop/refunds.html", context, 422 if problems else 200)


@router.get("/shop/refunds")
async def refunds_page(
    request: Request, mine: Mine, payment: Annotated[int | None, Query()] = None
) -> Response:
    """``payment`` chooses the payment and fills in all that is left of it."""
    merchant_id, values = mine.shop.id, {"payment_id": "", "amount": "", "reason": ""}
    if payment is not None:
        found = await read(request, lambda c: queries.shop_payment(c, merchant_id, payment))
        if found is not None and found.net > 0:
            values |= {"payment_id": str(found.id), "amount": found.net_baht}
    return await _refunds_page(request, mine, values | {"idempotency_key": new_form_key()}, {})


def _read_form(values: dict[str, str]) -> tuple[int | None, FieldErrors]:
    """The amount to refund, and the problems of the form (English)."""
    problems = {} if values["payment_id"].isdigit() else {"payment_id": "Choose a payment."}
    amount = typed_amount(values, "amount", problems)
    if not values["reason"]:
        problems["reason"] = REQUIRED
    elif len(values["reason"]) > MAX_REASON:
        problems["reason"] = "A reason has at most 200 characters."
    return amount, problems


@router.post("/shop/refunds")
async def give_refund(request: Request, mine: Mine, form: CheckedForm) -> Response:
    values = {name: form.get(name, "").strip() for name in ("payment_id", "amount", "reason")}
    values["idempotency_key"] = key = form_key(form)
    amount, problems = _read_form(values)
    if problems or amount is None:
        return await _refunds_page(request, mine, values, in_language(request, problems))
    try:
        await write(
            request,
            lambda c: merchant_pay.refund(
                c,
                merchant_id=mine.shop.id,
                payment_id=int(values["payment_id"]),
                amount=amount,
                idempotency_key=key,
                actor=mine.actor,
                reason=values["reason"],
            ),
        )
    except DomainError as error:
        refused = refusal(request, error, FIELD_OF_CODE)
        return await _refunds_page(request, mine, values, refused)
    return see_other(request, "/shop/refunds", flash="Refund made.")
