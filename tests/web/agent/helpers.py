"""What the agent page tests share: reading the demo's books and the page's marks."""

import re

from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import Connection, Engine, func, select

from tests.web.conftest import DemoSite, form_token
from thungngoen import ledger
from thungngoen.auth.users import create_user, find_by_phone
from thungngoen.db import read_transaction, write_transaction
from thungngoen.demo import AGENT, Login
from thungngoen.ledger.tables import transfers
from thungngoen.wallet import people
from thungngoen.wallet.tables import agents

SECOND_AGENT = Login("agent", "0810000002", "agent-second", "ตัวแทนเขารูปช้าง")


def member_balance(engine: Engine, phone: str) -> int:
    with read_transaction(engine) as connection:
        user = find_by_phone(connection, phone)
        assert user is not None
        return ledger.balance(connection, people.member_for_user(connection, user.id).account_id)


def float_balance(engine: Engine, login: Login = AGENT) -> int:
    with read_transaction(engine) as connection:
        user = find_by_phone(connection, login.phone)
        assert user is not None
        query = select(agents.c.float_account_id).where(agents.c.user_id == user.id)
        return ledger.balance(connection, connection.execute(query).scalar_one())


def transfer_count(engine: Engine) -> int:
    with read_transaction(engine) as connection:
        return int(connection.execute(select(func.count()).select_from(transfers)).scalar_one())


def add_second_agent(site: DemoSite) -> TestClient:
    def register(connection: Connection) -> None:
        user = create_user(
            connection,
            phone=SECOND_AGENT.phone,
            name=SECOND_AGENT.name,
            role="agent",
            password=SECOND_AGENT.password,
            actor="test",
        )
        people.register_agent(
            connection,
            user=user,
            name=SECOND_AGENT.name,
            tambon_code="900101",
            actor="test",
        )

    write_transaction(site.engine, register)
    return site.client(SECOND_AGENT)


def look_up(client: TestClient, phone: str) -> Response:
    form = {"phone": phone, "csrf_token": form_token(client, "/agent")}
    response: Response = client.post("/agent", data=form)
    return response


def hidden(page: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', page)
    assert found, f"no hidden {name}"
    return found.group(1)


def top_up(client: TestClient, phone: str, amount: str, key: str | None = None) -> Response:
    """Look the member up, then send the top-up form it shows (with ``key`` if given)."""
    page = look_up(client, phone).text
    form = {
        "phone": hidden(page, "phone"),
        "amount": amount,
        "idempotency_key": key or hidden(page, "idempotency_key"),
        "csrf_token": hidden(page, "csrf_token"),
    }
    response: Response = client.post("/agent/topup", data=form, follow_redirects=False)
    return response


def error_under(page: str, field: str) -> str:
    found = re.search(rf'<p class="error[^"]*" id="e-{field}"[^>]*>([^<]*)</p>', page)
    assert found, f"no error under {field}"
    return found.group(1)


def marked(page: str, element_id: str, attribute: str = "data-satang") -> int:
    found = re.search(rf'id="{element_id}"[^>]*{attribute}="(-?\d+)"', page)
    assert found, f"no {attribute} on #{element_id}"
    return int(found.group(1))
