"""Promotions: coin discounts the shop offers (a lower price or cashback in coin), between
two Thai days; the shop may end one early."""

from decimal import Decimal, InvalidOperation
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from thungngoen.clock import utc_now
from thungngoen.errors import DomainError
from thungngoen.thai import day_bounds, thai_day
from thungngoen.wallet import promotions
from thungngoen.wallet.pages.shop.current import Mine, MyShop, render_shop
from thungngoen.wallet.pages.shop.forms import typed_amount
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import FieldErrors, in_language, refusal
from thungngoen.web.form_values import typed_day
from thungngoen.web.page_ops import read, write
from thungngoen.web.pages.redirects import see_other

router = APIRouter(include_in_schema=False)

FIELDS = ("kind", "percent", "cap", "min_spend", "starts", "ends")
KINDS = ("percent", "cashback")


async def _promotions_page(
    request: Request, mine: MyShop, values: dict[str, str], problems: FieldErrors
) -> Response:
    merchant_id = mine.shop.id
    found = await read(request, lambda c: promotions.merchant_promotions(c, merchant_id))
    context: dict[str, Any] = {
        "promotions": found,
        "now": utc_now(),
        "values": values,
        "field_errors": problems,
    }
    return render_shop(
        request, mine, "wallet/shop/promotions.html", context, 422 if problems else 200
    )


@router.get("/shop/promotions")
async def promotions_page(request: Request, mine: Mine) -> Response:
    today = thai_day(utc_now()).isoformat()
    values = dict.fromkeys(FIELDS, "") | {"kind": "percent", "starts": today}
    return await _promotions_page(request, mine, values, {})


def _optional_baht(values: dict[str, str], name: str, problems: FieldErrors) -> int | None:
    return typed_amount(values, name, problems) if values[name] else None


def _percent(text: str) -> float | None:
    try:
        value = Decimal(text.replace("%", "").strip())
    except InvalidOperation:
        return None
    ok = value.is_finite() and 0 < value <= 100 and value == round(value, 2)
    return float(value) if ok else None


def _read_form(values: dict[str, str]) -> tuple[dict[str, Any], FieldErrors]:
    """The operation's arguments, and the problems of the form (English)."""
    problems: FieldErrors = {}
    if values["kind"] not in KINDS:
        problems["kind"] = "Choose the kind of discount."
    percent = _percent(values["percent"])
    if percent is None:
        problems["percent"] = "Type a percentage between 0.01 and 100."
    cap = _optional_baht(values, "cap", problems)
    min_spend = _optional_baht(values, "min_spend", problems)
    starts, ends = typed_day(values["starts"]), typed_day(values["ends"])
    if starts is None:
        problems["starts"] = "Choose a day from the calendar."
    if ends is None:
        problems["ends"] = "Choose a day from the calendar."
    elif starts is not None and ends < starts:
        problems["ends"] = "The last day cannot be before the first day."
    elif ends < thai_day(utc_now()):
        problems["ends"] = "The last day has already passed."
    if problems or starts is None or ends is None:
        return {}, problems
    arguments: dict[str, Any] = {"kind": values["kind"], "percent": percent, "cap": cap}
    arguments |= {"min_spend": min_spend or 0, "starts_at": day_bounds(starts)[0]}
    # A promotion runs from the start of its first Thai day to the end of its last.
    return arguments | {"ends_at": day_bounds(ends)[1]}, {}


@router.post("/shop/promotions")
async def create(request: Request, mine: Mine, form: CheckedForm) -> Response:
    values = {name: form.get(name, "").strip() for name in FIELDS}
    arguments, problems = _read_form(values)
    if problems:
        return await _promotions_page(request, mine, values, in_language(request, problems))
    try:
        await write(
            request,
            lambda c: promotions.create_promotion(
                c, merchant_id=mine.shop.id, actor=mine.actor, **arguments
            ),
        )
    except DomainError as error:
        return await _promotions_page(request, mine, values, refusal(request, error, {}))
    return see_other(request, "/shop/promotions", flash="Promotion created.")


@router.post("/shop/promotions/{promotion_id:id}/end")
async def end(request: Request, promotion_id: int, mine: Mine, form: CheckedForm) -> Response:
    await write(
        request,
        lambda c: promotions.end_promotion(
            c, merchant_id=mine.shop.id, promotion_id=promotion_id, actor=mine.actor
        ),
    )
    return see_other(request, "/shop/promotions", flash="Promotion ended.")
