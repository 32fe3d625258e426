"""A member's PromptPay top-up requests, and the operator's expiry of stale ones.

No route takes an Idempotency-Key: asking for a top-up moves no money (the coin is
minted when the bank statement shows the payment).
"""

from typing import Annotated

from fastapi import APIRouter, Depends
from sqlalchemy import Connection

from thungngoen import topups
from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.db import read_transaction, write_transaction
from thungngoen.topups import access
from thungngoen.topups.api.schemas import Expired, TopUpAsk, TopUpOut
from thungngoen.web.deps import EngineDep, require_role

router = APIRouter(prefix="/api/v1", tags=["promptpay top-ups"])
Member = Annotated[User, Depends(require_role(*access.MEMBERS))]
Decider = Annotated[User, Depends(require_role(*access.DECIDERS))]


@router.post("/me/promptpay-topups", status_code=201)
def request_topup(body: TopUpAsk, user: Member, engine: EngineDep) -> TopUpOut:
    """Ask to top up: pay ``amount_satang`` (possibly bumped by a few satang so that it is
    unique) by scanning ``qr_svg`` in any Thai banking app before ``expires_at``."""

    def ask(connection: Connection) -> topups.TopUpRequest:
        member = access.own_wallet(connection, user)
        return topups.request_topup(
            connection, member.id, body.amount_satang, utc_now(), actor=f"user:{user.id}"
        )

    return TopUpOut.of(write_transaction(engine, ask))


@router.get("/me/promptpay-topups")
def my_open_topups(user: Member, engine: EngineDep) -> list[TopUpOut]:
    """My top-up requests still waiting for payment."""
    with read_transaction(engine) as connection:
        member = access.own_wallet(connection, user)
        requests = topups.open_topup_requests(connection, member.id)
    return [TopUpOut.of(request) for request in requests]


@router.post("/operator/promptpay-topups/expire")
def expire_requests(user: Decider, engine: EngineDep) -> Expired:
    """Close the requests past their expiry, freeing their amounts for new requests."""
    expired = write_transaction(
        engine, lambda c: topups.expire_topup_requests(c, utc_now(), actor=f"user:{user.id}")
    )
    return Expired(expired=expired)
