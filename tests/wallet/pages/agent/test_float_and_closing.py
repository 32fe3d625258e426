"""The agent's cash float and the daily closing, against the ledger and the audit log."""

import re

from sqlalchemy import select

from tests.wallet.pages.agent.helpers import add_second_agent, float_balance, top_up
from tests.web.conftest import DemoSite
from tests.web.helpers import error_under, hidden, number_of, post_form
from thungngoen.audit.tables import audit_log
from thungngoen.db import read_transaction
from thungngoen.wallet.demo import AGENT, MEMBERS

DEMO_TOPUPS = 50_000 + 30_000 + 20_000
"""The demo's three cash top-ups, made today when the demo loaded."""


def _closings(site: DemoSite) -> list[dict[str, object]]:
    with read_transaction(site.engine) as connection:
        rows = connection.execute(
            select(audit_log.c.after)
            .where(audit_log.c.action == "agent.closing")
            .order_by(audit_log.c.id)
        )
        return [dict(row.after) for row in rows]


def _close(site: DemoSite, counted: str, key: str | None = None) -> tuple[int, str]:
    agent = site.client(AGENT)
    page = agent.get("/agent/closing").text
    form = {
        "counted": counted,
        "idempotency_key": key or hidden(page, "idempotency_key"),
        "csrf_token": hidden(page, "csrf_token"),
    }
    response = agent.post("/agent/closing", data=form, follow_redirects=False)
    return response.status_code, response.text


def test_the_float_shows_what_the_ledger_says_the_agent_holds(demo_site: DemoSite) -> None:
    agent = demo_site.client(AGENT)
    page = agent.get("/agent/float").text
    assert number_of(page, "float-balance") == float_balance(demo_site.engine) == DEMO_TOPUPS
    assert number_of(page, "today-count", "data-count") == 3
    assert number_of(page, "today-total") == DEMO_TOPUPS
    assert top_up(agent, MEMBERS[1].phone, "250").status_code == 303
    page = agent.get("/agent/float").text
    assert number_of(page, "float-balance") == DEMO_TOPUPS + 25_000
    assert number_of(page, "today-count", "data-count") == 4
    assert number_of(page, "today-total") == DEMO_TOPUPS + 25_000
    rows = re.findall(
        r'<tr>\s*<td><a href="(/agent/receipts/\d+)"[^>]*>[^<]+</a></td>'
        r"\s*<td>([^<]+)</td>",
        page,
    )
    names = [name for _, name in rows]
    assert names == [MEMBERS[1].name, MEMBERS[2].name, MEMBERS[1].name, MEMBERS[0].name]
    receipt = agent.get(rows[0][0]).text
    assert 'id="receipt-amount" data-satang="25000"' in receipt
    assert MEMBERS[1].name in receipt


def test_a_new_agent_holds_nothing(demo_site: DemoSite) -> None:
    page = add_second_agent(demo_site).get("/agent/float").text
    assert number_of(page, "float-balance") == 0
    assert number_of(page, "today-count", "data-count") == 0
    assert 'id="today-empty"' in page


def test_the_closing_shows_today_and_computes_short_and_over(demo_site: DemoSite) -> None:
    page = demo_site.client(AGENT).get("/agent/closing").text
    assert number_of(page, "closing-count", "data-count") == 3
    assert number_of(page, "closing-total") == DEMO_TOPUPS
    assert number_of(page, "closing-expected") == DEMO_TOPUPS
    assert 'id="closing-sheet"' not in page
    status, _ = _close(demo_site, "990")
    assert status == 303
    page = demo_site.client(AGENT).get("/agent/closing").text
    assert number_of(page, "closing-difference") == -1_000
    assert number_of(page, "sheet-counted") == 99_000
    assert re.search(r'<span class="badge bad">เงินขาด</span> 10.00 บาท\s*</dd>', page)
    assert _close(demo_site, "1,010.50")[0] == 303
    page = demo_site.client(AGENT).get("/agent/closing").text
    assert number_of(page, "closing-difference") == 1_050
    assert re.search(r'<span class="badge warn">เงินเกิน</span> 10.50 บาท\s*</dd>', page)
    assert 'id="earlier-closings"' in page
    assert _close(demo_site, "1000")[0] == 303
    assert "ยอดตรง" in demo_site.client(AGENT).get("/agent/closing").text
    first = _closings(demo_site)[0]
    assert first["topup_count"] == 3
    assert first["topup_total"] == first["expected"] == DEMO_TOPUPS
    assert (first["counted"], first["difference"]) == (99_000, -1_000)


def test_a_closing_sent_twice_is_recorded_once(demo_site: DemoSite) -> None:
    assert _close(demo_site, "1000", key="closing-key")[0] == 303
    assert _close(demo_site, "1000", key="closing-key")[0] == 303
    assert len(_closings(demo_site)) == 1


def test_a_bad_count_is_refused_under_the_field_and_nothing_is_recorded(
    demo_site: DemoSite,
) -> None:
    for typed, message in (
        ("", "กรุณากรอกช่องนี้"),
        ("abc", "กรุณากรอกเงินสดที่นับได้เป็นบาท เช่น 1250"),
        ("-5", "กรุณากรอกเงินสดที่นับได้เป็นบาท เช่น 1250"),
        ("1.005", "กรุณากรอกเงินสดที่นับได้เป็นบาท เช่น 1250"),
    ):
        status, page = _close(demo_site, typed, key="kept-key")
        assert status == 422, typed
        assert error_under(page, "counted") == message
        assert hidden(page, "idempotency_key") == "kept-key"
    assert _closings(demo_site) == []


def test_each_agent_sees_only_their_own_closing(demo_site: DemoSite) -> None:
    assert _close(demo_site, "1000")[0] == 303
    other = add_second_agent(demo_site)
    page = other.get("/agent/closing").text
    assert 'id="closing-sheet"' not in page
    assert number_of(page, "closing-expected") == 0
    form = {"counted": "0", "idempotency_key": "k2"}
    assert post_form(other, "/agent/closing", form, page="/agent").status_code == 303
    page = other.get("/agent/closing").text
    assert number_of(page, "closing-difference") == 0
    assert len(_closings(demo_site)) == 2
