"""What the agent page tests share: the agent's float, a cash top-up through the counter,
a second agent, and the page's marks."""

from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import Engine, select

from tests.web.conftest import DemoSite
from tests.web.helpers import add_agent, balance, hidden, post_form
from thungngoen.auth.users import find_by_phone
from thungngoen.db import read_transaction
from thungngoen.wallet.demo import AGENT, Login
from thungngoen.wallet.tables import agents

SECOND_AGENT = Login("agent", "0810000002", "agent-second", "ตัวแทนเขารูปช้าง")


def float_balance(engine: Engine, login: Login = AGENT) -> int:
    with read_transaction(engine) as connection:
        user = find_by_phone(connection, login.phone)
        assert user is not None
        query = select(agents.c.float_account_id).where(agents.c.user_id == user.id)
        float_account_id: int = connection.execute(query).scalar_one()
    return balance(engine, float_account_id)


def add_second_agent(site: DemoSite) -> TestClient:
    add_agent(site.engine, SECOND_AGENT)
    return site.client(SECOND_AGENT)


def look_up(client: TestClient, phone: str) -> Response:
    return post_form(client, "/agent", {"phone": phone})


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
