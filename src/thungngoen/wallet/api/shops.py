"""Merchants: register a shop, show a QR for an amount, charge a pay code, refund. A shop's
routes serve its owner only (``wallet.access.require_own_shop``)."""

from datetime import timedelta

from fastapi import APIRouter
from sqlalchemy import Connection

from thungngoen.clock import utc_now
from thungngoen.db import write_transaction
from thungngoen.wallet import merchant_pay, require_own_shop
from thungngoen.wallet.api.schemas import (
    Charge,
    PaymentOut,
    Refund,
    RequestAsk,
    RequestMade,
    ShopSignUp,
    TransferOut,
)
from thungngoen.wallet.checkout import Payment
from thungngoen.wallet.people import register_merchant
from thungngoen.wallet.promptpay import qr_svg
from thungngoen.web.api_fields import Id
from thungngoen.web.deps import EngineDep, IdempotencyKey, MerchantUser

router = APIRouter(prefix="/api/v1/shops", tags=["shops"])


@router.post("", status_code=201)
def register_shop(body: ShopSignUp, user: MerchantUser, engine: EngineDep) -> dict[str, int]:
    shop_id = write_transaction(
        engine,
        lambda c: register_merchant(c, owner=user, actor=f"user:{user.id}", **body.model_dump()),
    )
    return {"merchant_id": shop_id}


@router.post("/{merchant_id}/payment-requests", status_code=201)
def request_payment(
    merchant_id: Id, body: RequestAsk, user: MerchantUser, engine: EngineDep
) -> RequestMade:
    def create(connection: Connection) -> merchant_pay.PaymentRequest:
        require_own_shop(connection, user, merchant_id)
        return merchant_pay.create_payment_request(
            connection,
            merchant_id=merchant_id,
            amount=body.amount_satang,
            reference=body.reference,
            lifetime=timedelta(seconds=body.lifetime_seconds),
        )

    request = write_transaction(engine, create)
    path = f"/pay/{request.token}"
    return RequestMade(
        request_id=request.id, token=request.token, pay_path=path, qr_svg=qr_svg(path)
    )


@router.post("/{merchant_id}/charges", status_code=201)
def charge_pay_code(
    merchant_id: Id, body: Charge, user: MerchantUser, engine: EngineDep, key: IdempotencyKey
) -> PaymentOut:
    def charge(connection: Connection) -> Payment:
        require_own_shop(connection, user, merchant_id)
        return merchant_pay.charge_pay_code(
            connection,
            merchant_id=merchant_id,
            code=body.code,
            amount=body.amount_satang,
            idempotency_key=key,
            now=utc_now(),
        )

    return PaymentOut.of(write_transaction(engine, charge))


@router.post("/{merchant_id}/payments/{payment_id}/refunds", status_code=201)
def refund(
    merchant_id: Id,
    payment_id: Id,
    body: Refund,
    user: MerchantUser,
    engine: EngineDep,
    key: IdempotencyKey,
) -> TransferOut:
    def give_back(connection: Connection) -> TransferOut:
        require_own_shop(connection, user, merchant_id)
        return TransferOut.of(
            merchant_pay.refund(
                connection,
                merchant_id=merchant_id,
                payment_id=payment_id,
                amount=body.amount_satang,
                idempotency_key=key,
                actor=f"user:{user.id}",
            )
        )

    return write_transaction(engine, give_back)
