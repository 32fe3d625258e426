"""A shop pays a member's wage in coin (``POST /api/v1/shops/{id}/wages``): the member is
named by phone; the shop's owner only (``wallet.access.require_own_shop``), once per
``Idempotency-Key``."""

from fastapi import APIRouter
from sqlalchemy import Connection

from thungngoen import ledger
from thungngoen.db import write_transaction
from thungngoen.wallet import require_own_shop
from thungngoen.wallet.api.schemas import TransferOut
from thungngoen.wallet.wages import pay_wage, wage_payee
from thungngoen.web.api_fields import ApiModel, Id, Phone, Satang
from thungngoen.web.deps import EngineDep, IdempotencyKey, MerchantUser

router = APIRouter(prefix="/api/v1/shops", tags=["shops"])


class WageAsk(ApiModel):
    member_phone: Phone
    amount_satang: int = Satang


@router.post("/{merchant_id}/wages", status_code=201)
def pay_wage_route(
    merchant_id: Id, body: WageAsk, user: MerchantUser, engine: EngineDep, key: IdempotencyKey
) -> TransferOut:
    """Pay a member's wage in coin from the shop's wallet: local re-spend."""

    def pay(connection: Connection) -> ledger.Transfer:
        require_own_shop(connection, user, merchant_id)
        member = wage_payee(connection, body.member_phone)
        return pay_wage(
            connection,
            merchant_id=merchant_id,
            member_id=member.member_id,
            amount=body.amount_satang,
            idempotency_key=key,
            actor=f"user:{user.id}",
        )

    return TransferOut.of(write_transaction(engine, pay))
