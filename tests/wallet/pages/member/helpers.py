"""Shared helpers of the member page tests: submitting a form as the page shows it, the
PIN's state, the error over a form and the balance of the shop the member pays."""

import re

import httpx
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from tests.web.helpers import balance, hidden, member_of, shop_id
from thungngoen.auth import pins
from thungngoen.db import read_transaction
from thungngoen.wallet.demo import SHOPS
from thungngoen.wallet.tables import merchants

SHOP = SHOPS[0][1]
"""The demo shop the member tests pay."""


def pin_status(engine: Engine, phone: str) -> str:
    user_id = member_of(engine, phone).user_id
    with read_transaction(engine) as connection:
        return pins.pin_status(connection, user_id)


def shop_balance(engine: Engine) -> int:
    query = select(merchants.c.account_id).where(merchants.c.id == shop_id(engine, SHOP))
    with read_transaction(engine) as connection:
        account_id: int = connection.execute(query).scalar_one()
    return balance(engine, account_id)


def submit(client: TestClient, path: str, data: dict[str, str], page: str = "") -> httpx.Response:
    """Post the form of ``page`` (default: ``path``) with its CSRF token and idempotency key."""
    shown = client.get(page or path).text
    fields = {"csrf_token": hidden(shown, "csrf_token"), **data}
    if "idempotency_key" in shown and "idempotency_key" not in data:
        fields["idempotency_key"] = hidden(shown, "idempotency_key")
    response: httpx.Response = client.post(path, data=fields, follow_redirects=False)
    return response


def form_error(page: str) -> str:
    found = re.search(r'<p class="error form-error" id="form-error">([^<]*)</p>', page)
    assert found, "no error at the top of the form"
    return found.group(1)
