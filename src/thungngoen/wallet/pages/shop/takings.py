"""The day's takings (a Thai day, UTC+7): payments, discounts, refunds and what is kept."""

from dataclasses import dataclass
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from thungngoen.clock import utc_now
from thungngoen.thai import day_bounds, thai_day
from thungngoen.wallet.pages.shop import queries
from thungngoen.wallet.pages.shop.current import Mine, render_shop
from thungngoen.web.form_errors import FieldErrors, in_language
from thungngoen.web.form_values import typed_day
from thungngoen.web.page_ops import read

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True, slots=True)
class Takings:
    payments: list[queries.PaymentLine]
    refunds: list[queries.RefundLine]
    """Refunds given that day, on that day's payments or earlier ones."""

    @property
    def count(self) -> int:
        return len(self.payments)

    @property
    def sales(self) -> int:
        return sum(payment.amount for payment in self.payments)

    @property
    def discounts(self) -> int:
        return sum(payment.discount for payment in self.payments)

    @property
    def refunded(self) -> int:
        return sum(refund.amount for refund in self.refunds)

    @property
    def net(self) -> int:
        return self.sales - self.discounts - self.refunded


def _chosen_day(text: str | None, today: date) -> tuple[date, FieldErrors]:
    if not text:
        return today, {}
    day = typed_day(text)
    if day is None:
        return today, {"day": "Choose a day from the calendar."}
    return (day, {}) if day <= today else (today, {"day": "That day has not come yet."})


@router.get("/shop/takings")
async def takings(
    request: Request, mine: Mine, day: Annotated[str | None, Query()] = None
) -> Response:
    today = thai_day(utc_now())
    chosen, problems = _chosen_day(day, today)
    start, end = day_bounds(chosen)
    merchant_id = mine.shop.id
    found = await read(
        request,
        lambda c: Takings(
            queries.payments_between(c, merchant_id, start, end),
            queries.refunds_between(c, merchant_id, start, end),
        ),
    )
    context = {
        "day": chosen,
        "today": today,
        "takings": found,
        "field_errors": in_language(request, problems),
    }
    return render_shop(request, mine, "wallet/shop/takings.html", context, 422 if problems else 200)
