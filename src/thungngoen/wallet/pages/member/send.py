"""Send coin to another member by phone number, in two steps like every Thai banking app:
the form (who, how much), then a confirmation showing the recipient's name, masked phone,
the amount and the fee, where the PIN is typed; only that posts the transfer
(``pay_member``). The phone number travels only in posted forms, never in a URL; one
idempotency key goes from the form through the confirmation, so a double submit sends once."""

from fastapi import APIRouter, Request
from fastapi.responses import Response

from thungngoen.wallet.pages.member.common import FormState, confirmed, render_form
from thungngoen.wallet.pages.member.send_draft import FIELDS, Draft, read_draft
from thungngoen.wallet.payments import pay_member
from thungngoen.wallet.people import member_for_user
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import MemberPage

router = APIRouter(include_in_schema=False)

TEMPLATE = "wallet/member/send.html"
CONFIRM = "wallet/member/send_confirm.html"


async def _confirmation(
    request: Request, user: MemberPage, draft: Draft, state: FormState
) -> Response:
    return await render_form(request, user, CONFIRM, state, {"draft": draft})


@router.get("/wallet/send")
async def send_page(request: Request, user: MemberPage) -> Response:
    return await render_form(request, user, TEMPLATE, FormState(dict.fromkeys(FIELDS, "")))


@router.post("/wallet/send")
async def check_send(request: Request, user: MemberPage, form: CheckedForm) -> Response:
    """The first step: check the form, move nothing, show the confirmation."""
    state = FormState.posted(form, FIELDS)
    draft = await read_draft(request, user, state)
    if draft is None:
        return await render_form(request, user, TEMPLATE, state)
    state.values = draft.fields
    return await _confirmation(request, user, draft, state)


@router.post("/wallet/send/change")
async def change_send(request: Request, user: MemberPage, form: CheckedForm) -> Response:
    """Back from the confirmation to the form, filled in as it was (and with its key)."""
    return await render_form(request, user, TEMPLATE, FormState.posted(form, FIELDS))


@router.post("/wallet/send/confirm")
async def send(request: Request, user: MemberPage, form: CheckedForm) -> Response:
    """The confirmation's PIN: the draft is checked again, then the coin moves once."""
    state = FormState.posted(form, FIELDS)
    draft = await read_draft(request, user, state, check_balance=False)
    if draft is None:
        return await render_form(request, user, TEMPLATE, state)
    transfer = await confirmed(
        request,
        user,
        form,
        state,
        lambda c: pay_member(
            c,
            payer=member_for_user(c, user.id),
            payee_phone=draft.to_phone,
            amount=draft.amount,
            memo=draft.memo,
            idempotency_key=state.key,
        ),
    )
    if transfer is not None:
        return see_other(request, f"/wallet/receipts/{transfer.id}", flash="Sent.")
    state.values = draft.fields
    return await _confirmation(request, user, draft, state)
