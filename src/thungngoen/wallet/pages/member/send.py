"""Send coin to another member by phone number, confirmed with the PIN (``pay_member``).
The phone number travels only in the posted form, never in a URL."""

from fastapi import APIRouter, Request
from fastapi.responses import Response

from thungngoen.errors import DomainError
from thungngoen.thai import normalize_phone
from thungngoen.wallet.pages.member.common import FormState, read_amount, render_form
from thungngoen.wallet.payments import pay_member
from thungngoen.wallet.people import member_for_user
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.page_ops import write_with_pin
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import MemberPage

router = APIRouter(include_in_schema=False)

TEMPLATE = "wallet/member/send.html"
FIELDS = ("to_phone", "amount", "memo")
MAX_MEMO = 200


def _check_phone(request: Request, state: FormState, own_phone: str) -> None:
    typed = state.values["to_phone"]
    if not typed:
        state.reject(request, "to_phone", "This field is required.")
        return
    try:
        phone = normalize_phone(typed)
    except ValueError:
        state.reject(request, "to_phone", "Not a Thai mobile number.")
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
        try:
            transfer = await write_with_pin(
                request,
                user,
                form.get("pin", ""),
                lambda c: pay_member(
                    c,
                    payer=member_for_user(c, user.id),
                    payee_phone=state.values["to_phone"],
                    amount=amount,
                    memo=state.values["memo"],
                    idempotency_key=state.key,
                ),
            )
        except DomainError as error:
            state.refuse(request, error)
        else:
            return see_other(request, f"/wallet/receipts/{transfer.id}", flash="Sent.")
    return await render_form(request, user, TEMPLATE, state)
