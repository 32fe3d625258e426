"""Shared helpers of the member page tests: posting forms, reading balances and errors,
and a shop's till asking for a payment."""

import re
from datetime import datetime, timedelta

import httpx
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from thungngoen import ledger
from thungngoen.auth import pins
from thungngoen.auth.users import find_by_phone
from thungngoen.db import read_transaction, write_transaction
from thungngoen.demo import SHOPS
from thungngoen.wallet import merchant_pay
from thungngoen.wallet.people import Member, member_for_user
from thungngoen.wallet.tables import merchants


def member(engine: Engine, phone: str) -> Member:
    with read_transaction(engine) as connection:
        user = find_by_phone(connection, phone)
        assert user is not None
        return member_for_user(connection, user.id)


def balance(engine: Engine, phone: str) -> int:
    account_id = member(engine, phone).account_id
    with read_transaction(engine) as connection:
        return ledger.balance(connection, account_id)


def pin_status(engine: Engine, phone: str) -> str:
    user_id = member(engine, phone).user_id
    with read_transaction(engine) as connection:
        return pins.pin_status(connection, user_id)


def shop_id(engine: Engine, index: int = 0) -> int:
    name = SHOPS[index][1]
    with read_transaction(engine) as connection:
        found: int = connection.execute(
            merchants.select()
            .with_only_columns(merchants.c.id)
            .where(merchants.c.business_name == name)
        ).scalar_one()
    return found


def shop_balance(engine: Engine, index: int = 0) -> int:
    with read_transaction(engine) as connection:
        account_id = connection.execute(
            merchants.select()
            .with_only_columns(merchants.c.account_id)
            .where(merchants.c.id == shop_id(engine, index))
        ).scalar_one()
        return ledger.balance(connection, account_id)


def till_request(
    engine: Engine,
    amount: int,
    *,
    reference: str = "",
    lifetime: timedelta = timedelta(minutes=15),
    now: datetime | None = None,
) -> merchant_pay.PaymentRequest:
    """What the shop's till does when it shows a QR for ``amount``."""
    merchant_id = shop_id(engine)
    return write_transaction(
        engine,
        lambda c: merchant_pay.create_payment_request(
            c,
            merchant_id=merchant_id,
            amount=amount,
            reference=reference,
            lifetime=lifetime,
            now=now,
        ),
    )


def key_of(page: str) -> str:
    found = re.search(r'name="idempotency_key" value="([^"]+)"', page)
    assert found, "no idempotency key on the page"
    return found.group(1)


def submit(client: TestClient, path: str, data: dict[str, str], page: str = "") -> httpx.Response:
    """Post the form of ``page`` (default: ``path``) with its CSRF token and idempotency key."""
    shown = client.get(page or path).text
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', shown)
    assert csrf, "no form on the page"
    fields = {"csrf_token": csrf.group(1), **data}
    if "idempotency_key" in shown and "idempotency_key" not in data:
        fields["idempotency_key"] = key_of(shown)
    response: httpx.Response = client.post(path, data=fields, follow_redirects=False)
    return response


def error_of(page: str, field: str) -> str:
    found = re.search(rf'<p class="error" id="e-{field}">([^<]*)</p>', page)
    assert found, f"no error under {field}"
    return found.group(1)


def form_error(page: str) -> str:
    found = re.search(r'<p class="error form-error" id="form-error">([^<]*)</p>', page)
    assert found, "no error at the top of the form"
    return found.group(1)
