"""Top up: by PromptPay (the member asks for an amount and gets a QR with a reference
and the exact amount to transfer; the operator's bank statement import mints the coin),
or in cash at a nearby agent. Asking moves no money, so the form needs no PIN."""

from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen import topups
from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.errors import DomainError
from thungngoen.topups import access
from thungngoen.wallet.pages import (
    BAHT_AMOUNT,
    FormState,
    NearbyAgent,
    agents_near,
    read_amount,
    render_state,
)
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.page_ops import read, write
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import actor_of, page_role
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)
MemberPage = Annotated[User, Depends(page_role(*access.MEMBERS))]


@dataclass(frozen=True, slots=True)
class TopUpOptions:
    open_requests: list[topups.TopUpRequest]
    agents: list[NearbyAgent]
    promptpay: bool  # False: the operator's PromptPay ID is not set, no QR is offered


def topup_options(connection: Connection, user: User) -> TopUpOptions:
    member = access.own_wallet(connection, user)
    promptpay = topups.promptpay_configured()
    return TopUpOptions(
        topups.open_topup_requests(connection, member.id) if promptpay else [],
        agents_near(connection, member.tambon_code),
        promptpay,
    )


async def _page(request: Request, user: User, state: FormState) -> Response:
    options = await read(request, lambda c: topup_options(c, user))
    return render_state(request, "topups/member.html", state, {"options": options})


@router.get("/wallet/topup")
async def topup_page(request: Request, user: MemberPage) -> Response:
    return await _page(request, user, FormState({"amount": ""}))


@router.post("/wallet/topup")
async def ask_topup(request: Request, user: MemberPage, form: CheckedForm) -> Response:
    state = FormState.posted(form, ("amount",))
    amount = read_amount(request, state, texts=BAHT_AMOUNT)
    if not state.errors:

        def ask(connection: Connection) -> topups.TopUpRequest:
            member = access.own_wallet(connection, user)
            return topups.request_topup(
                connection, member.id, amount, utc_now(), actor=actor_of(user)
            )

        try:
            asked = await write(request, ask)
        except DomainError as error:
            state.refuse(request, error)
        else:
            return see_other(request, f"/wallet/topup/{asked.id}")
    return await _page(request, user, state)


def own_request(connection: Connection, user: User, request_id: int) -> topups.TopUpRequest:
    """The member's own request; another's is "not found" (the 404 page)."""
    try:
        return access.own_topup_request(connection, user, request_id)
    except topups.UnknownTopUpRequest:
        raise HTTPException(status_code=404) from None


@router.get("/wallet/topup/{request_id:id}")
async def topup_request(request: Request, user: MemberPage, request_id: int) -> Response:
    asked = await read(request, lambda c: own_request(c, user, request_id))
    if asked.status == "open" and not topups.promptpay_configured():
        return see_other(request, "/wallet/topup")  # the top-up page says why
    picture = f"/wallet/topup/{asked.id}/qr.png"
    name = f"thungngoen-topup-{asked.reference}.png"
    payload = asked.payload if asked.status == "open" else ""
    context = {"asked": asked, "picture": picture, "picture_name": name, "payload": payload}
    return render(request, "topups/request.html", context)
