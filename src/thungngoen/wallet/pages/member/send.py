"""Send coin to another member by phone number, confirmed with the PIN (``pay_member``).
The phone number travels only in the posted form, never in a URL."""

from fastapi import APIRouter, Request
from fastapi.responses import Response

from thungngoen.wallet.pages.member.common import FormState, confirmed, read_amount, render_form
from thungngoen.wallet.payments import pay_member
from thungngoen.wallet.people import member_for_user
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_values import typed_phone
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import MemberPage

router = APIRouter(include_in_schema=False)

TEMPLATE = "wallet/member/send.html"
FIELDS = ("to_phone", "amount", "memo")
MAX_MEMO = 200


def _check_phone(request: Request, state: FormState, own_phone: str) -> None:
    try:
        phone = typed_phone(state.values["to_phone"])
    except ValueError as problem:
        state.reject(request, "to_phone", str(problem))
        return
    if phone == own_phone:
        state.reject(request, "to_phone", "This is your own number: send to someone else.")


@router.get("/wallet/send")
async def send_page(request: Request, user: MemberPage) -> Response:
    return await render_form(request, user, TEMPLATE, FormState(dict.fromkeys(FIELDS, "")))


@router.post("/wallet/send")
async def send(request: Request, user: MemberPage, form: CheckedForm) -> Response:
    state = FormState.posted(form, FIELDS)
    _check_phone(request, state, user.phone)
    amount = read_amount(request, state)
    if len(state.values["memo"]) > MAX_MEMO:
        state.reject(request, "memo", "A note has at most 200 characters.")
    if not state.errors:
        transfer = await confirmed(
            request,
            user,
            form,
            state,
            lambda c: pay_member(
                c,
                payer=member_for_user(c, user.id),
                payee_phone=state.values["to_phone"],
                amount=amount,
                memo=state.values["memo"],
                idempotency_key=state.key,
            ),
        )
        if transfer is not None:
            return see_other(request, f"/wallet/receipts/{transfer.id}", flash="Sent.")
    return await render_form(request, user, TEMPLATE, state)
