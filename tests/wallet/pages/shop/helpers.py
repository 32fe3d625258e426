"""Shop page tests: the demo shops and the member who pays them, and payments made the way
the member's pages make them."""

import re

from sqlalchemy import Engine

from tests.web.helpers import member_of
from thungngoen.clock import utc_now
from thungngoen.db import write_transaction
from thungngoen.wallet import merchant_pay
from thungngoen.wallet.checkout import Payment, pay_merchant
from thungngoen.wallet.demo import MEMBERS, SHOPS
from thungngoen.wallet.people import Member

PADAENG, PADAENG_SHOP, _ = SHOPS[0]
"""The chicken-rice shop: the demo's member Somsri paid it 85.00."""
COFFEE, COFFEE_SHOP, _ = SHOPS[1]
"""The coffee shop: paid 45.00 and 35.00 in the demo."""
SOMSRI = MEMBERS[0]
"""The member who pays in these tests."""


def pay_request(engine: Engine, token: str, payer: Member, key: str = "test-pay") -> Payment:
    """A member pays a till's QR (what the member's pay page does)."""
    return write_transaction(
        engine,
        lambda c: merchant_pay.pay_payment_request(
            c, member=payer, token=token, idempotency_key=key, now=utc_now()
        ),
    )


def pay_shop(engine: Engine, merchant_id: int, amount: int, key: str) -> Payment:
    payer = member_of(engine, SOMSRI.phone)
    return write_transaction(
        engine,
        lambda c: pay_merchant(
            c,
            member=payer,
            merchant_id=merchant_id,
            amount=amount,
            channel="merchant_qr",
            idempotency_key=key,
            now=utc_now(),
        ),
    )


def shop_number(page: str) -> int:
    """The shop number a page shows (``#shop-number``)."""
    found = re.search(r'id="shop-number"[^>]*>(\d+)<', page)
    assert found, "no shop number on the page"
    return int(found.group(1))
