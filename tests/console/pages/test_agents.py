"""The console's agents page: each agent's limit, cash held and room; the operator sets a
limit and records a hand-over; auditors and everyone else change nothing."""

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from tests.web.conftest import DemoSite
from tests.web.helpers import assert_closed_to, balance, hidden, number_of, post_form
from thungngoen.audit.tables import audit_log
from thungngoen.auth.users import find_by_phone
from thungngoen.db import read_transaction
from thungngoen.wallet import book, float_of_agent
from thungngoen.wallet.demo import AGENT, AUDITOR, MEMBERS, OPERATOR, SHOPS, Login
from thungngoen.wallet.tables import agents

PAGE = "/console/agents"
DEMO_FLOAT = 100_000


def agent_id(site: DemoSite) -> int:
    with read_transaction(site.engine) as connection:
        user = find_by_phone(connection, AGENT.phone)
        assert user is not None
        found: int = connection.execute(
            select(agents.c.id).where(agents.c.user_id == user.id)
        ).scalar_one()
    return found


def figures(site: DemoSite) -> tuple[int, int]:
    with read_transaction(site.engine) as connection:
        agent = float_of_agent(connection, agent_id(site))
    return agent.float_limit, agent.held


def hand_over(client: TestClient, agent: int, amount: str, key: str = "") -> httpx.Response:
    page = client.get(PAGE).text
    form = {
        "amount": amount,
        "reference": "KTB-1",
        "idempotency_key": key or hidden(page, "idempotency_key"),
        "csrf_token": hidden(page, "csrf_token"),
    }
    response: httpx.Response = client.post(
        f"/console/agents/{agent}/handovers", data=form, follow_redirects=False
    )
    return response


def set_limit(client: TestClient, agent: int, typed: str) -> httpx.Response:
    return post_form(client, f"/console/agents/{agent}/float-limit", {"float_limit": typed}, PAGE)


def test_the_operator_sees_each_agent_and_where_the_baht_is(demo_site: DemoSite) -> None:
    agent = agent_id(demo_site)
    page = demo_site.client(OPERATOR).get(PAGE).text
    row = page.split(f'id="agent-{agent}"')[1].split("</tr>")[0]
    assert 'class="num limit" data-satang="2000000"' in row
    assert 'class="num held" data-satang="100000"' in row
    assert 'class="num room" data-satang="1900000"' in row
    assert f'id="limit-form-{agent}"' in row
    assert f'id="handover-form-{agent}"' in row
    assert "วงเงินสด" in page  # Thai first
    assert number_of(page, "split-agents") == DEMO_FLOAT
    assert number_of(page, "split-coin") == number_of(page, "split-bank") + DEMO_FLOAT


def test_the_operator_sets_a_limit_and_it_is_audited(demo_site: DemoSite) -> None:
    operator, agent = demo_site.client(OPERATOR), agent_id(demo_site)
    response = set_limit(operator, agent, "50,000")
    assert response.status_code == 303
    assert response.headers["location"] == f"{PAGE}#agent-{agent}"
    assert figures(demo_site) == (5_000_000, DEMO_FLOAT)
    with read_transaction(demo_site.engine) as connection:
        after = connection.execute(
            select(audit_log.c.after).where(audit_log.c.action == "agent.float_limit")
        ).scalar_one()
    assert after == {"float_limit": 5_000_000}


@pytest.mark.parametrize("typed", ["", "abc", "0", "-5", "1e9999", "5000000.01"])
def test_a_limit_that_is_no_amount_is_refused_under_its_field(
    demo_site: DemoSite, typed: str
) -> None:
    operator, agent = demo_site.client(OPERATOR), agent_id(demo_site)
    response = set_limit(operator, agent, typed)
    assert response.status_code == 422
    assert f'id="float_limit-error-{agent}"' in response.text
    assert figures(demo_site) == (2_000_000, DEMO_FLOAT)


def test_a_hand_over_banks_the_cash_once(demo_site: DemoSite) -> None:
    operator, agent = demo_site.client(OPERATOR), agent_id(demo_site)
    bank = balance(demo_site.engine, book.BANK)
    key = hidden(operator.get(PAGE).text, "idempotency_key")
    first = hand_over(operator, agent, "600", key)
    assert first.status_code == 303
    assert hand_over(operator, agent, "600", key).status_code == 303  # a double submit
    assert figures(demo_site) == (2_000_000, DEMO_FLOAT - 60_000)
    assert balance(demo_site.engine, book.BANK) == bank + 60_000
    page = operator.get(PAGE).text
    assert number_of(page, "split-agents") == DEMO_FLOAT - 60_000
    agent_page = demo_site.client(AGENT).get("/agent/float").text
    assert "นำส่งเงินสดแล้ว" in agent_page


def test_more_than_the_agent_holds_is_refused_in_thai(demo_site: DemoSite) -> None:
    operator, agent = demo_site.client(OPERATOR), agent_id(demo_site)
    response = hand_over(operator, agent, "1000.01")
    assert response.status_code == 422
    assert "ยอดนำส่งเกินเงินสดที่ตัวแทนถืออยู่" in response.text
    assert f'id="amount-error-{agent}"' in response.text
    assert figures(demo_site) == (2_000_000, DEMO_FLOAT)
    assert hand_over(operator, agent, "0").status_code == 422
    assert hand_over(operator, agent, "ten").status_code == 422
    assert figures(demo_site) == (2_000_000, DEMO_FLOAT)


def test_an_unknown_agent_is_not_found(demo_site: DemoSite) -> None:
    operator = demo_site.client(OPERATOR)
    assert set_limit(operator, 999, "100").status_code == 404
    assert hand_over(operator, 999, "100").status_code == 404


def test_auditors_see_no_forms_and_change_nothing(demo_site: DemoSite) -> None:
    agent = agent_id(demo_site)
    auditor = demo_site.client(AUDITOR)
    page = auditor.get(PAGE)
    assert page.status_code == 200
    assert f'id="limit-form-{agent}"' not in page.text
    assert f'id="handover-form-{agent}"' not in page.text
    attempts = (
        (f"/console/agents/{agent}/float-limit", {"float_limit": "1000000"}),
        (f"/console/agents/{agent}/handovers", {"amount": "500", "idempotency_key": "k"}),
    )
    homes = {AUDITOR: PAGE, MEMBERS[0]: "/wallet", SHOPS[0][0]: "/shop", AGENT: "/agent/float"}
    for login, home in homes.items():
        client = demo_site.client(login)
        for action, data in attempts:
            response = post_form(client, action, data, page=home)
            assert response.status_code == 403, (login.role, action)
    assert figures(demo_site) == (2_000_000, DEMO_FLOAT)
    others: tuple[Login, ...] = (MEMBERS[0], SHOPS[0][0], AGENT)
    assert_closed_to(demo_site, others, [PAGE])
