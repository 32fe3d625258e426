"""Members paying: a neighbour by phone, a shop's QR link, a pay code for the till."""

import secrets

from fastapi import APIRouter

from thungngoen.auth.guard import with_pin, with_pin_async
from thungngoen.clock import utc_now
from thungngoen.db import read_transaction, write_transaction
from thungngoen.wallet import merchant_pay
from thungngoen.wallet.api.schemas import (
    Confirm,
    OpenRequestOut,
    PayCode,
    PayCodeAsk,
    PaymentOut,
    RequestView,
    SendCoin,
    ShopPayment,
    TransferOut,
)
from thungngoen.wallet.checkout import pay_merchant
from thungngoen.wallet.payments import pay_member
from thungngoen.wallet.people import member_for_user
from thungngoen.web.api_fields import Id
from thungngoen.web.deps import EngineDep, IdempotencyKey, MemberUser

router = APIRouter(prefix="/api/v1", tags=["payments"])


@router.post("/payments/p2p", status_code=201)
def send_coin(
    body: SendCoin, user: MemberUser, engine: EngineDep, key: IdempotencyKey
) -> TransferOut:
    transfer = with_pin(
        engine,
        user.id,
        body.pin,
        lambda c: pay_member(
            c,
            payer=member_for_user(c, user.id),
            payee_phone=body.to_phone,
            amount=body.amount_satang,
            memo=body.memo,
            idempotency_key=key,
        ),
    )
    return TransferOut.of(transfer)


@router.get("/payment-requests/{token}")
def see_payment_request(token: str, user: MemberUser, engine: EngineDep) -> RequestView:
    request = write_transaction(
        engine, lambda c: merchant_pay.open_payment_request(c, token, utc_now())
    )
    return RequestView(
        merchant_id=request.merchant_id,
        business_name=request.business_name,
        amount_satang=request.amount,
        reference=request.reference,
        expires_at=request.expires_at,
        paid=request.paid,
    )


@router.get("/shops/{merchant_id}/open-requests")
def see_open_requests(merchant_id: Id, user: MemberUser, engine: EngineDep) -> list[OpenRequestOut]:
    """The bills the shop's tills wait for, newest first (at most ten): what typing the shop
    number finds. Pay one with ``POST /payment-requests/{token}/pay``; none means the shop
    waits for no bill, so pay it any amount with ``POST /shops/{merchant_id}/pay``."""
    with read_transaction(engine) as connection:
        bills = merchant_pay.open_requests(connection, merchant_id, utc_now())
    return [OpenRequestOut.of(bill) for bill in bills]


@router.post("/payment-requests/{token}/pay", status_code=201)
def pay_payment_request(
    token: str, body: Confirm, user: MemberUser, engine: EngineDep, key: IdempotencyKey
) -> PaymentOut:
    payment = with_pin(
        engine,
        user.id,
        body.pin,
        lambda c: merchant_pay.pay_payment_request(
            c,
            member=member_for_user(c, user.id),
            token=token,
            idempotency_key=key,
            now=utc_now(),
        ),
    )
    return PaymentOut.of(payment)


@router.post("/shops/{merchant_id}/pay", status_code=201)
async def pay_shop(
    merchant_id: Id, body: ShopPayment, user: MemberUser, engine: EngineDep, key: IdempotencyKey
) -> PaymentOut:
    """Pay a shop any amount: what its printed (static) QR poster leads to."""
    payment = await with_pin_async(
        engine,
        user.id,
        body.pin,
        lambda c: pay_merchant(
            c,
            member=member_for_user(c, user.id),
            merchant_id=merchant_id,
            amount=body.amount_satang,
            channel="shop_qr",
            idempotency_key=key,
            now=utc_now(),
            reference=body.reference,
        ),
    )
    return PaymentOut.of(payment)


@router.post("/me/pay-codes", status_code=201)
def make_pay_code(body: PayCodeAsk, user: MemberUser, engine: EngineDep) -> PayCode:
    code = with_pin(
        engine,
        user.id,
        body.pin,
        lambda c: merchant_pay.issue_pay_code(
            member_for_user(c, user.id), body.limit_satang, secrets.token_hex(8), utc_now()
        ),
    )
    lifetime = int(merchant_pay.PAY_CODE_LIFETIME.total_seconds())
    return PayCode(code=code, limit_satang=body.limit_satang, expires_in_seconds=lifetime)
