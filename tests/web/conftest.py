"""Pages tests: an app over a database with one user of each role, and a logged-in client."""

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Connection, Engine

from thungngoen.auth.users import create_user
from thungngoen.db import write_transaction
from thungngoen.db.writer import detach_writer
from thungngoen.wallet import book, people
from thungngoen.wallet.demo import Login, load_demo
from thungngoen.web.app import create_app

PASSWORDS = {
    "member": ("0812345678", "somsri-pass"),
    "merchant": ("0861112222", "shop-pass1"),
    "agent": ("0810000001", "agent-pass"),
    "operator": ("0819999999", "operator-pass"),
    "auditor": ("0818888888", "auditor-pass"),
}


@dataclass
class Site:
    engine: Engine
    client: TestClient


@pytest.fixture
def site(engine: Engine) -> Iterator[Site]:
    def build(connection: Connection) -> None:
        book.ensure_system_accounts(connection)
        phone, password = PASSWORDS["member"]
        people.register_member(
            connection,
            phone=phone,
            name="สมศรี ใจดี",
            password=password,
            tambon_code="900101",
        )
        for role in ("merchant", "agent", "operator", "auditor"):
            phone, password = PASSWORDS[role]
            create_user(
                connection,
                phone=phone,
                name=f"ผู้ใช้ {role}",
                role=role,
                password=password,
                actor="test",
            )

    write_transaction(engine, build)
    yield Site(engine, TestClient(create_app(engine)))
    detach_writer(engine)  # the app's writer thread holds a connection of its own


def form_token(client: TestClient, path: str) -> str:
    """The CSRF field of the page at ``path``, for posting its form (getting the page also
    sets the cookie)."""
    page = client.get(path, follow_redirects=False)
    found = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert found, page.text
    return found.group(1)


def logged_in(client: TestClient, phone: str, password: str) -> TestClient:
    """``client`` after logging in through the log-in form."""
    token = form_token(client, "/login")
    response = client.post(
        "/login",
        data={"phone": phone, "password": password, "csrf_token": token},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    return client


LogIn = Callable[[str], TestClient]


@pytest.fixture
def log_in(site: Site) -> LogIn:
    def as_role(role: str) -> TestClient:
        return logged_in(site.client, *PASSWORDS[role])

    return as_role


@dataclass
class DemoSite:
    """The ``make run`` demo pilot behind the app; ``client(login)`` is a browser of its own
    (own cookies) logged in as that demo user."""

    engine: Engine
    app: FastAPI

    def client(self, login: Login | None = None) -> TestClient:
        client = TestClient(self.app)
        return client if login is None else logged_in(client, login.phone, login.password)


@pytest.fixture
def demo_site(engine: Engine) -> Iterator[DemoSite]:
    assert load_demo(engine)
    yield DemoSite(engine, create_app(engine))
    detach_writer(engine)  # the app's writer thread holds a connection of its own
