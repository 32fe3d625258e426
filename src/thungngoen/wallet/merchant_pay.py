"""Paying a shop by QR, both ways, and refunds.

- Merchant-presented: the till creates a payment request; its QR carries a signed,
  single-use link. The member opens it, sees the shop and the amount, confirms with the
  PIN. The link is signed (tampering shows), expires, and pays once.
- Customer-presented: the member shows a short-lived signed pay code (about 60 s) with a
  limit they chose; the shop scans it and charges up to that limit, once.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Row, insert, select, update

from thungngoen import audit, ledger
from thungngoen.db.types import utc_now
from thungngoen.wallet import errors, signing
from thungngoen.wallet.checkout import (
    MAX_PAYMENT,
    Payment,
    approved_merchant,
    find_payment,
    pay_merchant,
    payment_from_row,
    payment_key,
)
from thungngoen.wallet.people import Member, get_member
from thungngoen.wallet.programs import EVENT_CHANNEL, AllowanceClosed, get_program
from thungngoen.wallet.tables import payment_requests, payments, refunds, used_codes

REQUEST_PURPOSE = "payment-request"
PAY_CODE_PURPOSE = "customer-pay-code"
PAY_CODE_LIFETIME = timedelta(seconds=60)
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
    if not timedelta(0) < lifetime <= MAX_REQUEST_LIFETIME or len(reference) > 60:
        raise errors.WalletError("a request lives up to 24 hours; a reference up to 60 characters")
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


def issue_pay_code(member: Member, limit: int, nonce: str, now: datetime) -> str:
    """The member's short-lived code (PIN-confirmed by the caller) for a shop to charge."""
    if not 0 < limit <= member.customer_qr_limit:
        raise errors.InvalidAmount(
            f"a pay code's limit is at most {member.customer_qr_limit / 100:,.2f} baht"
        )
    payload: signing.Payload = {"m": member.id, "l": limit, "n": nonce}
    return signing.sign(PAY_CODE_PURPOSE, payload, now + PAY_CODE_LIFETIME)


def charge_pay_code(
    connection: Connection,
    *,
    merchant_id: int,
    code: str,
    amount: int,
    idempotency_key: str,
    now: datetime,
) -> Payment:
    claims = signing.verify(PAY_CODE_PURPOSE, code, now)
    nonce = str(claims["n"])
    used = connection.execute(select(used_codes).where(used_codes.c.nonce == nonce)).first()
    if used is not None:
        earlier = _payment(connection, used.payment_id)
        if (earlier.merchant_id, earlier.amount) == (merchant_id, amount):
            return earlier
        raise errors.PaymentRequestUsed("this pay code has already been used")
    if amount > int(claims["l"]):
        raise errors.InvalidAmount(
            f"the customer allowed at most {int(claims['l']) / 100:,.2f} baht with this code"
        )
    member = get_member(connection, int(claims["m"]))
    payment = pay_merchant(
        connection,
        member=member,
        merchant_id=merchant_id,
        amount=amount,
        channel="customer_qr",
        idempotency_key=f"code:{nonce}:{idempotency_key}",
        now=now,
    )
    connection.execute(
        insert(used_codes), {"nonce": nonce, "payment_id": payment.id, "used_at": now}
    )
    return payment


def _payment(connection: Connection, payment_id: int) -> Payment:
    row = connection.execute(select(payments).where(payments.c.id == payment_id)).one()
    return payment_from_row(row)


def refund(
    connection: Connection,
    *,
    merchant_id: int,
    payment_id: int,
    amount: int,
    idempotency_key: str,
    actor: str,
    now: datetime | None = None,
) -> ledger.Transfer:
    """The shop gives coin back, never more than what is left of what the member paid,
    to where it came from: the member's wallet, or the event allowance it was paid from."""
    key = f"refund:{merchant_id}:{idempotency_key}"
    earlier = connection.execute(select(refunds).where(refunds.c.idempotency_key == key)).first()
    if earlier is not None:
        if (earlier.payment_id, earlier.amount) != (payment_id, amount):
            raise ledger.errors.IdempotencyConflict("this refund key was used for another refund")
        return ledger.get_transfer(connection, earlier.transfer_id)
    row = connection.execute(select(payments).where(payments.c.id == payment_id)).first()
    if row is None or row.merchant_id != merchant_id:
        raise errors.WalletError("no such payment at this shop")
    if not isinstance(amount, int) or amount <= 0:
        raise errors.InvalidAmount("a refund is a positive amount")
    back_to = _refunded_to(connection, row)
    counted = connection.execute(
        update(payments)
        .where(payments.c.id == payment_id)
        .where(payments.c.refunded + amount <= payments.c.amount - payments.c.discount)
        .values(refunded=payments.c.refunded + amount)
    )
    if counted.rowcount != 1:
        raise errors.RefundTooLarge("a refund cannot exceed what is left of the payment")
    shop = approved_merchant(connection, merchant_id)
    transfer = ledger.post_transfer(
        connection,
        ledger.TransferRequest(
            shop.account_id,
            back_to,
            amount,
            "SKC",
            "refund",
            f"คืนเงิน {shop.business_name}",
            {"payment_id": payment_id, "actor": actor},
        ),
    )
    connection.execute(
        insert(refunds),
        {
            "payment_id": payment_id,
            "transfer_id": transfer.id,
            "idempotency_key": key,
            "amount": amount,
            "created_at": now or utc_now(),
        },
    )
    audit.record(
        connection,
        actor=actor,
        action="payment.refund",
        subject_type="payment",
        subject_id=payment_id,
        before={"refunded": row.refunded},
        after={"refunded": row.refunded + amount, "transfer_id": transfer.id},
    )
    return transfer


def _refunded_to(connection: Connection, payment: Row[Any]) -> int:
    """The account a refund credits. An allowance refunded into the wallet would turn
    event money into ordinary coin, so it goes back to the allowance; once the event is
    closed (the rest burned and returned to its fund) that account is closed too."""
    if payment.channel != EVENT_CHANNEL:
        return get_member(connection, payment.member_id).account_id
    account_id = int(payment.details["allowance_account_id"])
    if ledger.get_account(connection, account_id).status == "closed":
        event = get_program(connection, payment.program_id)
        raise AllowanceClosed(
            f"event {event.name} is closed and its allowances went back to the fund;"
            " this payment can no longer be refunded"
        )
    return account_id
