"""Operator console: shop applications and decisions."""

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from thungngoen.auth.users import User
from thungngoen.console import access
from thungngoen.console.merchant_decisions import decide_merchant, tier_choices
from thungngoen.console.pages.display import CATEGORY_LABELS, TIER_LABELS
from thungngoen.console.pages.doors import ConsoleAction, ConsolePage
from thungngoen.console.pages.merchant_rows import merchant_rows
from thungngoen.errors import DomainError
from thungngoen.wallet import DECISIONS_BY_STATUS
from thungngoen.wallet.errors import UnknownMerchant, UnknownTier
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import rejection
from thungngoen.web.page_ops import read, write
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import actor_of
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)

RowErrors = dict[int, dict[str, str]]
DONE = {
    "approve": "The shop is approved.",
    "reject": "The application is rejected.",
    "suspend": "The shop is suspended.",
}
"""The flash after each decision (``wallet.merchant_decisions`` says which are allowed)."""


@router.get("/console/merchants")
async def merchant_list(request: Request, user: ConsolePage) -> Response:
    return await _merchants_page(request, user)


@router.post("/console/merchants/{merchant_id:id}/decision")
async def merchant_decision(
    request: Request, merchant_id: int, user: ConsoleAction, form: CheckedForm
) -> Response:
    decision, tier = form.get("decision", ""), form.get("tier", "")
    actor = actor_of(user)
    try:
        await write(
            request, lambda c: decide_merchant(c, merchant_id, decision, actor=actor, tier=tier)
        )
    except UnknownMerchant:
        raise HTTPException(status_code=404) from None
    except DomainError as error:
        field = "tier" if isinstance(error, UnknownTier) else "decision"
        errors = {merchant_id: {field: rejection(request, error)}}
        return await _merchants_page(request, user, errors)
    return see_other(request, f"/console/merchants#merchant-{merchant_id}", flash=DONE[decision])


async def _merchants_page(
    request: Request, user: User, errors: RowErrors | None = None
) -> Response:
    rows, tiers = await read(request, lambda c: (merchant_rows(c), tier_choices(c)))
    context = {
        "pending": [row for row in rows if row.status == "pending"],
        "decided": [row for row in rows if row.status != "pending"],
        "tiers": tiers,
        "decisions": DECISIONS_BY_STATUS,
        "can_act": access.may_act(user),
        "row_errors": errors or {},
        "categories": CATEGORY_LABELS,
        "tier_labels": TIER_LABELS,
    }
    status = 422 if errors else 200
    return render(request, "console/merchants.html", context, status_code=status)
