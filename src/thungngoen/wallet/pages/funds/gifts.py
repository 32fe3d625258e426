"""``/console/funds``: the community funds with their balances, and the operator's form
recording a donation or a grant; once recorded, the receipt."""

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from thungngoen.auth.users import User
from thungngoen.errors import DomainError
from thungngoen.wallet import access, book
from thungngoen.wallet.donations import record_gift
from thungngoen.wallet.funds import community_funds
from thungngoen.wallet.tables import FUND_GIFT_KINDS
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import FieldErrors, rejection, translated
from thungngoen.web.form_values import AmountTexts, typed_amount
from thungngoen.web.idempotency import form_key, new_form_key
from thungngoen.web.page_ops import read, write
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import StaffPage, actor_of, may_act, page_role
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)

FundOperatorPage = Annotated[User, Depends(page_role(*access.FUND_OPERATORS))]
NOT_AN_AMOUNT = "Type an amount in baht, for example 20000."
AMOUNT = AmountTexts(NOT_AN_AMOUNT, zero="Type more than 0 baht.", below_zero=NOT_AN_AMOUNT)
FIELD_OF_CODE = {
    "unknown_fund": "fund",
    "invalid_gift_kind": "kind",
    "donor_required": "donor",
    "reference_too_long": "reference",
}
KIND_LABELS = {"donation": "Donation", "grant": "Grant"}


@router.get("/console/funds")
async def funds_page(request: Request, user: StaffPage) -> Response:
    return await _page(request, user, {}, {})


@router.post("/console/funds/gifts")
async def post_gift(request: Request, user: FundOperatorPage, form: CheckedForm) -> Response:
    key, actor = form_key(form), actor_of(user)
    typed = {name: form.get(name, "") for name in ("fund", "kind", "amount", "donor", "reference")}
    typed["idempotency_key"] = key
    try:
        amount = typed_amount(typed["amount"], AMOUNT)
    except ValueError as mistake:
        return await _page(request, user, {"amount": translated(request, str(mistake))}, typed)
    try:
        gift = await write(
            request,
            lambda c: record_gift(
                c,
                fund_code=typed["fund"],
                kind=typed["kind"],
                amount=amount,
                donor=typed["donor"],
                reference=typed["reference"],
                idempotency_key=key,
                actor=actor,
            ),
        )
    except DomainError as error:
        field = FIELD_OF_CODE.get(error.code, "amount")
        return await _page(request, user, {field: rejection(request, error)}, typed)
    flash = "The gift is recorded: here is its receipt."
    return see_other(request, f"/console/funds/gifts/{gift.id}", flash=flash)


async def _page(
    request: Request, user: User, errors: FieldErrors, typed: dict[str, str]
) -> Response:
    funds = await read(request, lambda c: community_funds(c))
    values = {"fund": "", "kind": "donation", "amount": "", "donor": "", "reference": ""}
    context: dict[str, Any] = {
        "funds": funds,
        "fund_names": book.COMMUNITY_FUNDS,
        "kinds": FUND_GIFT_KINDS,
        "kind_labels": KIND_LABELS,
        "may_act": may_act(user),
        "values": values | typed,
        "field_errors": errors,
        "new_key": typed.get("idempotency_key") or new_form_key(),
    }
    status = 422 if errors else 200
    return render(request, "wallet/funds/funds.html", context, status_code=status)
