"""A till's open requests found by the shop's number: the customer without a camera types
the number the till shows and gets the bill the till is waiting for (decision 0031).

Only what the customer needs leaves here: the shop's name, the amount, the shop's own
reference, when it was asked and until when, and the request's signed link — never who
paid an earlier bill or anything about other customers. Paying goes through the link
(``requests.pay_payment_request``), so the till turns paid exactly as for a scanned QR.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, select

from thungngoen.wallet import signing
from thungngoen.wallet.checkout import approved_merchant
from thungngoen.wallet.merchant_pay.requests import REQUEST_PURPOSE
from thungngoen.wallet.tables import payment_requests

MAX_SHOWN = 10
"""A shop has a few tills at most: the newest ten open bills are all a customer scans by eye."""

MARGIN = timedelta(seconds=1)
"""A link's expiry is kept to the whole second: a bill in its last second is not offered."""


@dataclass(frozen=True, slots=True)
class OpenRequest:
    """An unpaid, unexpired payment request as the customer sees it."""

    merchant_id: int
    business_name: str
    amount: int
    reference: str
    created_at: datetime
    expires_at: datetime
    token: str


def open_requests(connection: Connection, merchant_id: int, now: datetime) -> list[OpenRequest]:
    """The shop's open requests, newest first; refuses a shop that is not approved (or
    does not exist) as paying it would."""
    shop = approved_merchant(connection, merchant_id)
    table = payment_requests.c
    rows = connection.execute(
        select(table.id, table.amount, table.reference, table.created_at, table.expires_at)
        .where(
            table.merchant_id == merchant_id,
            table.paid_transfer_id.is_(None),
            table.expires_at > now + MARGIN,
        )
        .order_by(table.created_at.desc(), table.id.desc())
        .limit(MAX_SHOWN)
    )
    return [
        OpenRequest(
            merchant_id,
            shop.business_name,
            row.amount,
            row.reference,
            row.created_at,
            row.expires_at,
            signing.sign(REQUEST_PURPOSE, {"r": row.id}, row.expires_at),
        )
        for row in rows
    ]
