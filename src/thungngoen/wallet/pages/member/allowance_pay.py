"""Pay an event shop from the allowance (Citizens' Day), on the phone: from My vouchers,
pick the shop (or type its number) and the amount; a confirmation shows the shop, the
event and what is left of the allowance before and after, and takes the PIN; only that
pays (``programs.pay_with_allowance``, as ``POST /api/v1/shops/{id}/pay-allowance`` and
``thungngoen wallet programs pay-allowance`` do); then the receipt. One idempotency key
goes from the form through the confirmation, so a double submit pays once."""

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen.clock import utc_now
from thungngoen.errors import DomainError
from thungngoen.money import amount_in_words
from thungngoen.wallet import programs
from thungngoen.wallet.pages.member.allowance_draft import (
    FIELDS,
    AllowanceDraft,
    allowance_receipt,
    read_draft,
    refuse,
)
from thungngoen.wallet.pages.member.common import FormState, render_form
from thungngoen.wallet.people import member_for_user
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.page_ops import read, write_with_pin
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import MemberPage
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)

TEMPLATE = "wallet/member/allowance_pay.html"
CONFIRM = "wallet/member/allowance_confirm.html"


async def _form(request: Request, user: MemberPage, state: FormState) -> Response:
    def shown(connection: Connection) -> tuple[list[programs.Allowance], list[tuple[int, str]]]:
        member = member_for_user(connection, user.id)
        now = utc_now()
        allowances = programs.member_allowances(connection, member.id, now)
        return allowances, programs.event_shops(connection, member.id, now)

    allowances, shops = await read(request, shown)
    context = {"allowances": [a for a in allowances if a.spendable], "shops": shops}
    return await render_form(request, user, TEMPLATE, state, context)


@router.get("/wallet/allowance/pay")
async def allowance_page(request: Request, user: MemberPage, shop: str = "") -> Response:
    state = FormState(dict.fromkeys(FIELDS, ""))
    state.values["shop"] = shop.strip()[:12]
    return await _form(request, user, state)


@router.post("/wallet/allowance/pay")
async def check_allowance(request: Request, user: MemberPage, form: CheckedForm) -> Response:
    """The first step: check everything, move nothing, show the confirmation."""
    state = FormState.posted(form, FIELDS)
    draft = await read_draft(request, user.id, state)
    if draft is None:
        return await _form(request, user, state)
    return await _confirmation(request, user, draft, state)


async def _confirmation(
    request: Request, user: MemberPage, draft: AllowanceDraft, state: FormState
) -> Response:
    state.values = draft.fields
    return await render_form(request, user, CONFIRM, state, {"draft": draft})


@router.post("/wallet/allowance/pay/change")
async def change_allowance(request: Request, user: MemberPage, form: CheckedForm) -> Response:
    """Back from the confirmation to the form, filled in as it was (and with its key)."""
    return await _form(request, user, FormState.posted(form, FIELDS))


@router.post("/wallet/allowance/pay/confirm")
async def pay_allowance(request: Request, user: MemberPage, form: CheckedForm) -> Response:
    """The confirmation's PIN: checked again, then the allowance pays once."""
    state = FormState.posted(form, FIELDS)
    draft = await read_draft(request, user.id, state)
    if draft is None:
        return await _form(request, user, state)
    try:
        payment = await write_with_pin(
            request,
            user,
            form.get("pin", ""),
            lambda c: programs.pay_with_allowance(
                c, member_for_user(c, user.id), draft.shop_id, draft.amount, state.key, utc_now()
            ),
        )
    except DomainError as error:
        refuse(request, state, error)
        return await _confirmation(request, user, draft, state)
    path = f"/wallet/allowance/receipts/{payment.transfer_id}"
    return see_other(request, path, flash="Paid from the allowance.")


@router.get("/wallet/allowance/receipts/{transfer_id:id}")
async def allowance_receipt_page(request: Request, user: MemberPage, transfer_id: int) -> Response:
    found = await read(request, lambda c: allowance_receipt(c, user.id, transfer_id))
    if found is None:
        raise HTTPException(status_code=404)
    context = {"receipt": found, "words": amount_in_words(found.amount, "SKC")}
    return render(request, "wallet/member/allowance_receipt.html", context)
