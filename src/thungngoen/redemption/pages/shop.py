"""Redeem coin for baht: what the shop's tier allows, the fee to a community fund of the
shop's choice, and where each payout stands (queued, in a bank batch, paid)."""

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from thungngoen import redemption
from thungngoen.clock import utc_now
from thungngoen.errors import DomainError
from thungngoen.redemption.pages.redeem_preview import preview_of
from thungngoen.wallet import book
from thungngoen.wallet.pages import Mine, MyShop, render_shop, typed_amount
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import FieldErrors, in_language, refusal
from thungngoen.web.idempotency import form_key, new_form_key
from thungngoen.web.page_ops import read, write
from thungngoen.web.pages.redirects import see_other

router = APIRouter(include_in_schema=False)

FIELD_OF_CODE = {
    "invalid_amount": "amount",
    "insufficient_coin": "amount",
    "above_redeemable": "amount",
    "unknown_fund": "fund_code",
}
PAYOUT_STATUS = {
    "queued": ("Queued for the next payout", "warn"),
    "batched": ("In a bank batch", "warn"),
    "paid": ("Paid", "ok"),
}


async def _redeem_page(
    request: Request, mine: MyShop, values: dict[str, str], problems: FieldErrors
) -> Response:
    shop = mine.shop
    position, rule, payouts = await read(
        request,
        lambda c: (
            redemption.redeemable_position(c, shop.id),
            redemption.tier_rule(c, shop.tier),
            redemption.merchant_payouts(c, shop.id),
        ),
    )
    context: dict[str, Any] = {
        "position": position,
        "rule": rule,
        "funds": book.COMMUNITY_FUNDS,
        "payouts": payouts,
        "payout_status": PAYOUT_STATUS,
        "values": values,
        "field_errors": problems,
        "preview": preview_of(rule, values["amount"]) if values["amount"] else None,
    }
    return render_shop(request, mine, "redemption/shop.html", context, 422 if problems else 200)


@router.get("/shop/redeem")
async def redeem_page(request: Request, mine: Mine) -> Response:
    values = {"amount": "", "fund_code": "", "idempotency_key": new_form_key()}
    return await _redeem_page(request, mine, values, {})


@router.post("/shop/redeem")
async def redeem(request: Request, mine: Mine, form: CheckedForm) -> Response:
    values = {name: form.get(name, "").strip() for name in ("amount", "fund_code")}
    values["idempotency_key"] = key = form_key(form)
    problems: FieldErrors = {}
    amount = typed_amount(values, "amount", problems)
    previewing = form.get("step") == "preview"  # the fee shown, nothing booked
    if values["fund_code"] not in book.COMMUNITY_FUNDS and not previewing:
        problems["fund_code"] = "Choose the community fund for the fee."
    if problems or amount is None or previewing:
        return await _redeem_page(request, mine, values, in_language(request, problems))
    fund, actor = values["fund_code"], mine.actor
    try:
        await write(
            request,
            lambda c: redemption.redeem(c, mine.shop.id, amount, fund, key, actor, utc_now()),
        )
    except DomainError as error:
        return await _redeem_page(request, mine, values, refusal(request, error, FIELD_OF_CODE))
    flash = "Redemption booked: the baht goes out with the next payout."
    return see_other(request, "/shop/redeem", flash=flash)
