"""Merchant-presented QR: the till creates a payment request; its QR carries a signed,
single-use link. The member opens it, sees the shop and the amount, confirms with the
PIN. The link is signed (tampering shows), expires, and pays once.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, insert, select, update

from thungngoen.clock import utc_now
from thungngoen.wallet import errors, signing
from thungngoen.wallet.checkout import (
    MAX_PAYMENT,
    Payment,
    approved_merchant,
    check_reference,
    find_payment,
    pay_merchant,
    payment_key,
)
from thungngoen.wallet.people import Member
from thungngoen.wallet.tables import payment_requests

REQUEST_PURPOSE = "payment-request"
MAX_REQUEST_LIFETIME = timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class PaymentRequest:
    id: int
    merchant_id: int
    business_name: str
    amount: int
    reference: str
    expires_at: datetime
    paid: bool
    token: str


def create_payment_request(
    connection: Connection,
    *,
    merchant_id: int,
    amount: int,
    reference: str = "",
    lifetime: timedelta = timedelta(minutes=15),
    now: datetime | None = None,
) -> PaymentRequest:
    now = now or utc_now()
    shop = approved_merchant(connection, merchant_id)
    if not isinstance(amount, int) or not 0 < amount <= MAX_PAYMENT:
        raise errors.InvalidAmount(f"amount must be between 0.01 and {MAX_PAYMENT // 100:,} baht")
    if not timedelta(0) < lifetime <= MAX_REQUEST_LIFETIME:
        raise errors.WalletError("a request lives up to 24 hours")
    check_reference(reference)
    values = {
        "merchant_id": merchant_id,
        "amount": amount,
        "reference": reference,
        "expires_at": now + lifetime,
        "created_at": now,
    }
    request_id = connection.execute(
        insert(payment_requests).returning(payment_requests.c.id), values
    ).scalar_one()
    token = signing.sign(REQUEST_PURPOSE, {"r": request_id}, now + lifetime)
    return PaymentRequest(
        request_id, merchant_id, shop.business_name, amount, reference, now + lifetime, False, token
    )


def open_payment_request(connection: Connection, token: str, now: datetime) -> PaymentRequest:
    """What the member sees before confirming: refuses a tampered or expired link."""
    request_id = int(signing.verify(REQUEST_PURPOSE, token, now)["r"])
    row = connection.execute(
        select(payment_requests).where(payment_requests.c.id == request_id).with_for_update()
    ).one()
    shop = approved_merchant(connection, row.merchant_id)
    return PaymentRequest(
        row.id,
        row.merchant_id,
        shop.business_name,
        row.amount,
        row.reference,
        row.expires_at,
        row.paid_transfer_id is not None,
        token,
    )


def pay_payment_request(
    connection: Connection, *, member: Member, token: str, idempotency_key: str, now: datetime
) -> Payment:
    request = open_payment_request(connection, token, now)
    if request.paid:
        retried = find_payment(connection, payment_key(member.id, idempotency_key))
        if retried is not None and retried.transfer_id == _paid_transfer(connection, request.id):
            return retried
        raise errors.PaymentRequestUsed("this QR has already been paid")
    payment = pay_merchant(
        connection,
        member=member,
        merchant_id=request.merchant_id,
        amount=request.amount,
        channel="merchant_qr",
        idempotency_key=idempotency_key,
        now=now,
        reference=request.reference,
    )
    claimed = connection.execute(
        update(payment_requests)
        .where(payment_requests.c.id == request.id, payment_requests.c.paid_transfer_id.is_(None))
        .values(paid_transfer_id=payment.transfer_id, paid_by_member_id=member.id)
    )
    if claimed.rowcount != 1:
        raise errors.PaymentRequestUsed("this QR has already been paid")
    return payment


def _paid_transfer(connection: Connection, request_id: int) -> int | None:
    query = select(payment_requests.c.paid_transfer_id).where(payment_requests.c.id == request_id)
    paid: int | None = connection.execute(query).scalar_one()
    return paid
