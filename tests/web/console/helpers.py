"""Shared steps of the console page tests: a shop applying, people of the demo, posting."""

import re

import httpx
from fastapi.testclient import TestClient
from sqlalchemy import Connection, Engine

from tests.web.conftest import form_token
from thungngoen.auth.users import create_user, find_by_phone
from thungngoen.db import read_transaction, write_transaction
from thungngoen.demo import OLD_TOWN, Login
from thungngoen.wallet import people

NEW_SHOP_PHONE = "0869990000"
NEW_SHOP_NAME = "ร้านโรตีบังหมัด"


def apply_for_shop(engine: Engine, phone: str = NEW_SHOP_PHONE, name: str = NEW_SHOP_NAME) -> int:
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
            business_name=name,
            category="food",
            tambon_code=OLD_TOWN,
            payout_promptpay=phone,
            actor="self",
        )

    return write_transaction(engine, register)


def member_of(engine: Engine, login: Login) -> people.Member:
    def find(connection: Connection) -> people.Member:
        user = find_by_phone(connection, login.phone)
        assert user is not None
        return people.member_for_user(connection, user.id)

    with read_transaction(engine) as connection:
        return find(connection)


def shop_status(engine: Engine, merchant_id: int) -> tuple[str, str]:
    with read_transaction(engine) as connection:
        shop = people.find_shop(connection, merchant_id)
    assert shop is not None
    return shop.status, shop.tier


def post(
    client: TestClient, page: str, action: str, data: dict[str, str] | None = None
) -> httpx.Response:
    """Post the form of ``page`` to ``action`` with the page's CSRF token."""
    fields = {**(data or {}), "csrf_token": form_token(client, page)}
    response: httpx.Response = client.post(action, data=fields, follow_redirects=False)
    return response


def links(html: str) -> list[str]:
    """Every URL the page points at: links, form actions, htmx requests, sources."""
    return re.findall(r'(?:href|action|hx-get|hx-post|src)="([^"]*)"', html)
