"""What the page tests of every area share: reading a page's form and errors, posting a
form, the demo's people, shops and balances, and people added for one test."""

import re
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

import httpx
from fastapi.testclient import TestClient
from sqlalchemy import Connection, Engine, Table, func, select

from tests.web.conftest import DemoSite, form_token
from thungngoen import ledger
from thungngoen.auth.users import create_user, find_by_phone
from thungngoen.db import read_transaction, write_transaction
from thungngoen.wallet import merchant_pay, people
from thungngoen.wallet.demo import OLD_TOWN, SHOPS, Login
from thungngoen.wallet.tables import merchants

NEW_SHOP_PHONE = "0869990000"
NEW_SHOP_NAME = "ร้านโรตีบังหมัด"


def hidden(page: str, name: str) -> str:
    """The value of the form field ``name`` (hidden fields: the CSRF token, the key)."""
    found = re.search(rf'name="{name}" value="([^"]*)"', page)
    assert found, f"no field {name} in the page"
    return found.group(1)


def error_under(page: str, field: str) -> str:
    """The error shown under ``field`` (the ``e-<field>`` paragraph)."""
    found = re.search(rf'<p class="error[^"]*" id="e-{re.escape(field)}"[^>]*>([^<]*)</p>', page)
    assert found, f"no error under {field}"
    return found.group(1).strip()


def attribute_of(page: str, element_id: str, attribute: str = "data-satang") -> str:
    """The value of ``attribute`` on the element ``element_id`` (figures the page marks)."""
    found = re.search(rf'id="{element_id}"[^>]*{attribute}="([^"]*)"', page)
    assert found, f"no {attribute} on #{element_id}"
    return found.group(1)


def number_of(page: str, element_id: str, attribute: str = "data-satang") -> int:
    return int(attribute_of(page, element_id, attribute))


def post_form(
    client: TestClient,
    action: str,
    data: dict[str, str] | None = None,
    page: str = "",
    files: dict[str, Any] | None = None,
) -> httpx.Response:
    """Post ``data`` to ``action`` with the CSRF token of the form's ``page`` (default: the
    ``action`` itself); ``files`` make it a multipart form."""
    fields = {**(data or {}), "csrf_token": form_token(client, page or action)}
    response: httpx.Response = client.post(action, data=fields, files=files, follow_redirects=False)
    return response


def money_form(client: TestClient, page: str) -> tuple[str, str]:
    """The CSRF token and the idempotency key of the money form on ``page``."""
    text = client.get(page).text
    return hidden(text, "csrf_token"), hidden(text, "idempotency_key")


def assert_closed_to(site: DemoSite, logins: Iterable[Login], paths: Iterable[str]) -> None:
    """These logins get the 403 page at every path, and a visitor is sent to log in."""
    for login in logins:
        client = site.client(login)
        for path in paths:
            assert client.get(path, follow_redirects=False).status_code == 403, (login.role, path)
    visitor = site.client()
    for path in paths:
        response = visitor.get(path, follow_redirects=False)
        assert (response.status_code, response.headers.get("location")) == (303, "/login"), path


def member_of(engine: Engine, phone: str) -> people.Member:
    with read_transaction(engine) as connection:
        user = find_by_phone(connection, phone)
        assert user is not None
        return people.member_for_user(connection, user.id)


def balance(engine: Engine, account: int | str) -> int:
    """The balance of an account, by id or by code (0 for a code not opened yet)."""
    with read_transaction(engine) as connection:
        if isinstance(account, str):
            found = ledger.find_account(connection, account)
            return found.balance if found else 0
        return ledger.balance(connection, account)


def member_balance(engine: Engine, phone: str) -> int:
    return balance(engine, member_of(engine, phone).account_id)


def shop_id(engine: Engine, business_name: str) -> int:
    with read_transaction(engine) as connection:
        query = select(merchants.c.id).where(merchants.c.business_name == business_name)
        found: int = connection.execute(query).scalar_one()
    return found


def till_request(
    engine: Engine,
    amount: int,
    *,
    reference: str = "",
    lifetime: timedelta = timedelta(minutes=15),
    now: datetime | None = None,
    shop: str = SHOPS[0][1],
) -> merchant_pay.PaymentRequest:
    """What a shop's till does when it shows a QR for ``amount`` (the first demo shop's)."""
    merchant_id = shop_id(engine, shop)
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


def rows_in(engine: Engine, *tables: Table) -> dict[str, int]:
    """How many rows each table holds: equal before and after means nothing was written."""
    with read_transaction(engine) as connection:
        return {
            table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in tables
        }


def add_agent(engine: Engine, login: Login, tambon_code: str = OLD_TOWN) -> None:
    """One more agent, with a float of their own."""

    def register(connection: Connection) -> None:
        user = create_user(
            connection,
            phone=login.phone,
            name=login.name,
            role="agent",
            password=login.password,
            actor="test",
        )
        people.register_agent(
            connection, user=user, name=login.name, tambon_code=tambon_code, actor="test"
        )

    write_transaction(engine, register)


def apply_for_shop(
    engine: Engine, phone: str = NEW_SHOP_PHONE, business_name: str = NEW_SHOP_NAME
) -> int:
    """A shop that registered itself and waits for the operator (status pending)."""

    def register(connection: Connection) -> int:
        owner = create_user(
            connection,
            phone=phone,
            name="บังหมัด",
            role="merchant",
            password="roti-shop-1",
            actor="self",
        )
        return people.register_merchant(
            connection,
            owner=owner,
            business_name=business_name,
            category="food",
            tambon_code=OLD_TOWN,
            payout_promptpay=phone,
            actor="self",
        )

    return write_transaction(engine, register)
