"""Shop page tests: the demo shops, their members, and posting a page's form."""

import re
from datetime import timedelta

from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import Engine, select

from tests.web.conftest import form_token
from thungngoen import ledger
from thungngoen.auth.users import find_by_phone
from thungngoen.db import read_transaction, write_transaction
from thungngoen.db.types import utc_now
from thungngoen.demo import MEMBERS, SHOPS, Login
from thungngoen.wallet import merchant_pay
from thungngoen.wallet.checkout import Payment, pay_merchant
from thungngoen.wallet.people import Member, member_for_user
from thungngoen.wallet.tables import merchants

PADAENG, PADAENG_SHOP, _ = SHOPS[0]
"""The chicken-rice shop: the demo's member Somsri paid it 85.00."""
COFFEE, COFFEE_SHOP, _ = SHOPS[1]
"""The coffee shop: paid 45.00 and 35.00 in the demo."""


def shop_id(engine: Engine, business_name: str) -> int:
    with read_transaction(engine) as connection:
        query = select(merchants.c.id).where(merchants.c.business_name == business_name)
        found: int = connection.execute(query).scalar_one()
    return found


def member(engine: Engine, login: Login = MEMBERS[0]) -> Member:
    with read_transaction(engine) as connection:
        user = find_by_phone(connection, login.phone)
        assert user is not None
        return member_for_user(connection, user.id)


def balance(engine: Engine, account_id: int) -> int:
    with read_transaction(engine) as connection:
        return ledger.balance(connection, account_id)


def pay_request(engine: Engine, token: str, payer: Member, key: str = "test-pay") -> Payment:
    """A member pays a till's QR (what the member's pay page does)."""
    return write_transaction(
        engine,
        lambda c: merchant_pay.pay_payment_request(
            c, member=payer, token=token, idempotency_key=key, now=utc_now()
        ),
    )


def pay_shop(engine: Engine, merchant_id: int, amount: int, key: str) -> Payment:
    payer = member(engine)
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


def hidden(page: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', page)
    assert found, f"no hidden {name} in the page"
    return found.group(1)


def post_form(client: TestClient, path: str, data: dict[str, str], page: str = "") -> Response:
    """Post ``data`` to ``path`` with the CSRF token of the form page ``page`` (or ``path``)."""
    token = form_token(client, page or path)
    response: Response = client.post(
        path, data={**data, "csrf_token": token}, follow_redirects=False
    )
    return response


def money_form(client: TestClient, page: str) -> tuple[str, str]:
    """The CSRF token and the idempotency key of the money form on ``page``."""
    text = client.get(page).text
    return hidden(text, "csrf_token"), hidden(text, "idempotency_key")


def field_error(page: str, field: str) -> str:
    found = re.search(rf'<p class="error" id="e-{field}">([^<]*)</p>', page)
    assert found, f"no error under {field}"
    return found.group(1)


LONG_AGO = timedelta(days=400)


def shop_number(page: str) -> int:
    """The shop number a page shows (``#shop-number``)."""
    found = re.search(r'id="shop-number"[^>]*>(\d+)<', page)
    assert found, "no shop number on the page"
    return int(found.group(1))
