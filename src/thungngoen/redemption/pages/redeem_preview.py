"""What a redemption will give, before it is confirmed: the coin redeemed, the fee with its
rate and the shop's tier, and the baht the shop will receive (``redemption_fee``, as the
booking computes it). HTMX asks for it as the amount is typed; the form's preview button
shows the same without script."""

from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import Response

from thungngoen import redemption
from thungngoen.redemption.model import TierRule
from thungngoen.wallet.pages import Mine, typed_amount
from thungngoen.web.page_ops import read
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)

TIER_LABELS = {
    "standard": "Standard",
    "small": "Small shop",
    "large": "Large shop",
    "circulate_only": "Circulate only",
}
"""The shop's tier as the preview names it (English catalogue texts)."""


@dataclass(frozen=True, slots=True)
class RedeemPreview:
    coin: int
    fee: int
    fee_bp: int
    tier: str
    """An English catalogue text (``TIER_LABELS``), or the tier's code."""

    @property
    def baht(self) -> int:
        return self.coin - self.fee

    @property
    def percent(self) -> str:
        return f"{self.fee_bp / 100:g}"


def preview_of(rule: TierRule | None, typed: str) -> RedeemPreview | None:
    """The preview of the amount ``typed``; none for a tier that may not redeem or a
    mistyped amount (the form says why when it is sent)."""
    coin = typed_amount({"amount": typed}, "amount", {})
    if rule is None or not rule.may_redeem or coin is None:
        return None
    fee = redemption.redemption_fee(coin, rule.fee_bp)
    return RedeemPreview(coin, fee, rule.fee_bp, TIER_LABELS.get(rule.tier, rule.tier))


@router.get("/shop/redeem/preview")
async def redeem_preview(request: Request, mine: Mine, amount: str = "") -> Response:
    tier = mine.shop.tier
    rule = await read(request, lambda c: redemption.tier_rule(c, tier))
    context = {"preview": preview_of(rule, amount.strip())}
    return render(request, "redemption/_redeem_preview.html", context)
