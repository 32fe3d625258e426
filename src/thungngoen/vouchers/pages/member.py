"""My vouchers: redeem a printed voucher's code into my wallet, see the vouchers I have
redeemed (from my statement) and my event allowances (Citizens' Day).

A code is bearer value, so codes that match no voucher are limited per member and per
address, like wrong PINs: guessing one takes far longer than the limit allows."""

from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen import vouchers
from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.errors import DomainError
from thungngoen.vouchers import access
from thungngoen.wallet import Allowance, member_allowances
from thungngoen.wallet.pages import (
    TOO_MANY,
    FormState,
    HistoryFilter,
    HistoryLine,
    history_page,
    render_state,
)
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import REQUIRED
from thungngoen.web.page_ops import read, write
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.ratelimit import RateLimiter, attempt_keys
from thungngoen.web.sessions import actor_of, page_role

router = APIRouter(include_in_schema=False)

MemberPage = Annotated[User, Depends(page_role(*access.MEMBERS))]
SHOWN_VOUCHERS = 20


@dataclass(frozen=True, slots=True)
class MyVouchers:
    redeemed: list[HistoryLine]
    allowances: list[Allowance]


def my_vouchers(connection: Connection, user: User) -> MyVouchers:
    member = access.own_wallet(connection, user)
    redeemed = history_page(
        connection, member.account_id, HistoryFilter(kind="voucher"), SHOWN_VOUCHERS
    )
    return MyVouchers(redeemed.lines, member_allowances(connection, member.id, utc_now()))


def code_limiter(request: Request) -> RateLimiter:
    """The app's limit on voucher codes that match nothing (made on first use)."""
    state = request.app.state
    if not hasattr(state, "voucher_code_limiter"):
        state.voucher_code_limiter = RateLimiter(max_attempts=10, window_seconds=300)
    limiter: RateLimiter = state.voucher_code_limiter
    return limiter


async def _page(request: Request, user: User, state: FormState) -> Response:
    mine = await read(request, lambda c: my_vouchers(c, user))
    return render_state(request, "vouchers/member.html", state, {"mine": mine})


@router.get("/wallet/vouchers")
async def vouchers_page(request: Request, user: MemberPage) -> Response:
    return await _page(request, user, FormState({"code": ""}))


@router.post("/wallet/vouchers")
async def redeem(request: Request, user: MemberPage, form: CheckedForm) -> Response:
    state = FormState.posted(form, ("code",))
    keys = attempt_keys(request, "voucher", user.id)
    if not state.values["code"]:
        state.reject(request, "code", REQUIRED)
    elif code_limiter(request).blocked(*keys):
        state.reject(request, "code", TOO_MANY)
    else:

        def redeem_code(connection: Connection) -> vouchers.Redemption:
            return vouchers.redeem_to_member(
                connection,
                code=state.values["code"],
                member_id=access.own_wallet(connection, user).id,
                idempotency_key=state.key,
                actor=actor_of(user),
                now=utc_now(),
            )

        try:
            redeemed = await write(request, redeem_code)
        except DomainError as error:
            if isinstance(error, vouchers.UnknownVoucher):
                code_limiter(request).fail(*keys)
            state.refuse(request, error)
        else:
            flash = "The voucher's value is in your wallet."
            return see_other(request, f"/wallet/receipts/{redeemed.transfer_id}", flash=flash)
    return await _page(request, user, state)
