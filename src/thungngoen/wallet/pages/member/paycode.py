"""My pay code: the member chooses a limit and confirms with the PIN; the page shows the
short-lived signed code (as the API's ``make_pay_code``) as a big QR for the shop's till
to scan, with a countdown. A new code needs the PIN again."""

import secrets

from fastapi import APIRouter, Request
from fastapi.responses import Response

from thungngoen.clock import utc_now
from thungngoen.wallet import merchant_pay
from thungngoen.wallet.pages.member.common import (
    FormState,
    confirmed,
    member_of,
    read_amount,
    render_form,
)
from thungngoen.wallet.people import member_for_user
from thungngoen.wallet.promptpay import qr_svg
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.sessions import MemberPage

router = APIRouter(include_in_schema=False)

TEMPLATE = "wallet/member/paycode.html"
LIFETIME_SECONDS = int(merchant_pay.PAY_CODE_LIFETIME.total_seconds())


async def _page(
    request: Request, user: MemberPage, state: FormState, code: str = "", limit: int = 0
) -> Response:
    member = await member_of(request, user)
    context = {
        "most": member.customer_qr_limit,
        "code": code,
        "limit": limit,
        "qr": qr_svg(code) if code else None,
        "lifetime": LIFETIME_SECONDS,
    }
    return await render_form(request, user, TEMPLATE, state, context)


@router.get("/wallet/paycode")
async def paycode_page(request: Request, user: MemberPage) -> Response:
    return await _page(request, user, FormState({"limit": ""}))


@router.post("/wallet/paycode")
async def make_paycode(request: Request, user: MemberPage, form: CheckedForm) -> Response:
    state = FormState.posted(form, ("limit",))
    limit = read_amount(request, state, "limit")
    if state.errors:
        return await _page(request, user, state)
    code = await confirmed(
        request,
        user,
        form,
        state,
        lambda c: merchant_pay.issue_pay_code(
            member_for_user(c, user.id), limit, secrets.token_hex(8), utc_now()
        ),
        amount_field="limit",
    )
    if code is None:
        return await _page(request, user, state)
    return await _page(request, user, state, code, limit)
