"""Redeeming a printed voucher: a member into their own wallet, a shop owner at their shop."""

from typing import Annotated

from fastapi import APIRouter, Depends
from sqlalchemy import Connection

from thungngoen import vouchers
from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.db import write_transaction
from thungngoen.vouchers import access
from thungngoen.vouchers.api.schemas import RedeemAsk, RedemptionOut
from thungngoen.wallet import require_own_shop
from thungngoen.web.api_fields import Id
from thungngoen.web.deps import EngineDep, IdempotencyKey, require_role

router = APIRouter(prefix="/api/v1", tags=["vouchers"])
Member = Annotated[User, Depends(require_role(*access.MEMBERS))]
ShopOwner = Annotated[User, Depends(require_role(*access.SHOP_OWNERS))]


@router.post("/me/voucher-redemptions", status_code=201)
def redeem_into_my_wallet(
    body: RedeemAsk, user: Member, engine: EngineDep, key: IdempotencyKey
) -> RedemptionOut:
    def redeem(connection: Connection) -> vouchers.Redemption:
        return vouchers.redeem_to_member(
            connection,
            code=body.code,
            member_id=access.own_wallet(connection, user).id,
            idempotency_key=key,
            actor=f"user:{user.id}",
            now=utc_now(),
        )

    return RedemptionOut.model_validate(write_transaction(engine, redeem), from_attributes=True)


@router.post("/shops/{merchant_id}/voucher-redemptions", status_code=201)
def redeem_at_my_shop(
    merchant_id: Id, body: RedeemAsk, user: ShopOwner, engine: EngineDep, key: IdempotencyKey
) -> RedemptionOut:
    """A customer hands over a printed voucher for goods: its full value goes to the shop."""

    def redeem(connection: Connection) -> vouchers.Redemption:
        require_own_shop(connection, user, merchant_id)
        return vouchers.redeem_at_merchant(
            connection,
            code=body.code,
            merchant_id=merchant_id,
            idempotency_key=key,
            actor=f"user:{user.id}",
            now=utc_now(),
        )

    return RedemptionOut.model_validate(write_transaction(engine, redeem), from_attributes=True)
