"""What the shop pages read: a till's payment request, the shop's payments and refunds
(which shops are the user's is ``wallet.access``). Reads only; every change goes through
the wallet's operations."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, Select, select

from thungngoen.auth.users import User
from thungngoen.money import format_satang
from thungngoen.thai import in_thai_time
from thungngoen.wallet.access import owns_shop
from thungngoen.wallet.tables import payment_requests, payments, refunds

CHANNEL_LABELS = {
    "merchant_qr": "Till request",
    "customer_qr": "Pay code",
    "shop_qr": "Shop QR or shop number",
    "event": "Event allowance",
    "cli": "Recorded by the operator",
    "simulated": "Simulation",
}
"""Every channel a payment is made on (``checkout.pay_merchant``'s ``channel``)."""
OTHER_CHANNEL = "Other"
"""A channel without a label is never shown by its code."""


@dataclass(frozen=True, slots=True)
class TillRequest:
    """A payment request shown on the till, and the payment once a member paid it."""

    id: int
    merchant_id: int
    amount: int
    reference: str
    expires_at: datetime
    payment_id: int | None
    paid_at: datetime | None
    discount: int

    def state(self, now: datetime) -> str:
        if self.payment_id is not None:
            return "paid"
        return "expired" if now >= self.expires_at else "pending"


def till_request(connection: Connection, user: User, request_id: int) -> TillRequest | None:
    """The request if one of ``user``'s shops made it (``wallet.owns_shop``), else None."""
    row = connection.execute(
        select(
            payment_requests.c.id,
            payment_requests.c.merchant_id,
            payment_requests.c.amount,
            payment_requests.c.reference,
            payment_requests.c.expires_at,
            payments.c.id.label("payment_id"),
            payments.c.created_at.label("paid_at"),
            payments.c.discount,
        )
        .outerjoin(payments, payments.c.transfer_id == payment_requests.c.paid_transfer_id)
        .where(payment_requests.c.id == request_id)
    ).first()
    if row is None or not owns_shop(connection, user, row.merchant_id):
        return None
    return TillRequest(*row[:-1], row.discount or 0)


@dataclass(frozen=True, slots=True)
class PaymentLine:
    id: int
    created_at: datetime
    amount: int
    discount: int
    refunded: int
    channel: str
    reference: str

    @property
    def net(self) -> int:
        """What the shop keeps of the payment, which is also what it may still refund."""
        return self.amount - self.discount - self.refunded

    @property
    def clock(self) -> str:
        """The Thai time of day it was paid, ``14:35``."""
        return in_thai_time(self.created_at).strftime("%H:%M")

    @property
    def net_baht(self) -> str:
        """``net`` as typed in a baht field: ``1,234.50``."""
        return format_satang(self.net)

    @property
    def channel_label(self) -> str:
        """How the member paid (an English catalogue text)."""
        return CHANNEL_LABELS.get(self.channel, OTHER_CHANNEL)


def _payment_line(row: Row[Any]) -> PaymentLine:
    reference = str((row.details or {}).get("reference", ""))
    return PaymentLine(
        row.id, row.created_at, row.amount, row.discount, row.refunded, row.channel, reference
    )


def _shop_payments(merchant_id: int) -> Select[Any]:
    return select(
        payments.c.id,
        payments.c.created_at,
        payments.c.amount,
        payments.c.discount,
        payments.c.refunded,
        payments.c.channel,
        payments.c.details,
    ).where(payments.c.merchant_id == merchant_id)


def payments_between(
    connection: Connection, merchant_id: int, start: datetime, end: datetime
) -> list[PaymentLine]:
    query = _shop_payments(merchant_id).where(
        payments.c.created_at >= start, payments.c.created_at < end
    )
    return [_payment_line(row) for row in connection.execute(query.order_by(payments.c.id))]


def recent_payments(connection: Connection, merchant_id: int, limit: int = 30) -> list[PaymentLine]:
    query = _shop_payments(merchant_id).order_by(payments.c.id.desc()).limit(limit)
    return [_payment_line(row) for row in connection.execute(query)]


def shop_payment(connection: Connection, merchant_id: int, payment_id: int) -> PaymentLine | None:
    row = connection.execute(_shop_payments(merchant_id).where(payments.c.id == payment_id)).first()
    return _payment_line(row) if row is not None else None


@dataclass(frozen=True, slots=True)
class RefundLine:
    id: int
    payment_id: int
    amount: int
    created_at: datetime


def _shop_refunds(merchant_id: int) -> Select[Any]:
    return (
        select(refunds.c.id, refunds.c.payment_id, refunds.c.amount, refunds.c.created_at)
        .join(payments, payments.c.id == refunds.c.payment_id)
        .where(payments.c.merchant_id == merchant_id)
    )


def refunds_between(
    connection: Connection, merchant_id: int, start: datetime, end: datetime
) -> list[RefundLine]:
    query = _shop_refunds(merchant_id).where(
        refunds.c.created_at >= start, refunds.c.created_at < end
    )
    return [RefundLine(*row) for row in connection.execute(query.order_by(refunds.c.id))]


def recent_refunds(connection: Connection, merchant_id: int, limit: int = 20) -> list[RefundLine]:
    query = _shop_refunds(merchant_id).order_by(refunds.c.id.desc()).limit(limit)
    return [RefundLine(*row) for row in connection.execute(query)]
