"""Customer-presented: the member shows a short-lived signed pay code (about 60 s) with a
limit they chose; the shop scans it and charges up to that limit, once.
"""

from datetime import datetime, timedelta

from sqlalchemy import Connection, insert, select

from thungngoen.wallet import errors, signing
from thungngoen.wallet.checkout import Payment, pay_merchant, payment_from_row
from thungngoen.wallet.people import Member, get_member
from thungngoen.wallet.tables import payments, used_codes

PAY_CODE_PURPOSE = "customer-pay-code"
PAY_CODE_LIFETIME = timedelta(seconds=60)


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
