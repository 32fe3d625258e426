"""The agent's counter: look a member up by phone, take cash, top up the wallet."""

import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Connection

from tests.wallet.pages.agent.helpers import float_balance, look_up, top_up
from tests.web.conftest import DemoSite
from tests.web.helpers import (
    assert_closed_to,
    error_under,
    hidden,
    member_balance,
    post_form,
    rows_in,
)
from thungngoen.auth.users import find_by_phone
from thungngoen.db import read_transaction, write_transaction
from thungngoen.ledger.tables import transfers
from thungngoen.wallet import change_account_status, people
from thungngoen.wallet.demo import AGENT, AUDITOR, MEMBERS, OPERATOR, SHOPS, Login
from thungngoen.wallet.reserve import reserve_report

SOMSRI = MEMBERS[0]
AGENT_PAGES = ("/agent", "/agent/float", "/agent/closing")


def _links(page: str) -> list[str]:
    return re.findall(r'(?:href|action|src)="([^"]*)"', page)


def _freeze(site: DemoSite, login: Login) -> None:
    def freeze(connection: Connection) -> None:
        user = find_by_phone(connection, login.phone)
        assert user is not None
        account_id = people.member_for_user(connection, user.id).account_id
        change_account_status(connection, account_id, "frozen", actor="test")

    write_transaction(site.engine, freeze)


def test_agent_pages_are_for_agents_only(demo_site: DemoSite) -> None:
    assert_closed_to(demo_site, (SOMSRI, SHOPS[0][0], OPERATOR, AUDITOR), AGENT_PAGES)
    agent = demo_site.client(AGENT)
    for path in AGENT_PAGES:
        assert agent.get(path).status_code == 200, path


def test_lookup_by_phone_shows_the_member_and_never_puts_the_phone_in_a_url(
    demo_site: DemoSite,
) -> None:
    agent = demo_site.client(AGENT)
    assert 'id="lookup-form" method="post"' in agent.get("/agent").text
    response = look_up(agent, "081-234-5678")
    assert response.status_code == 200
    assert response.history == []
    page = response.text
    assert 'id="member-card"' in page
    assert 'id="topup-form"' in page
    assert SOMSRI.name in page
    assert "ชุมชนบ่อยาง" in page
    assert '<dd id="member-phone">08x-xxx-5678</dd>' in page
    assert 'data-status="active"' in page
    assert SOMSRI.phone not in str(response.url)
    assert not [link for link in _links(page) if "5678" in link]


def test_lookup_refusals_show_under_the_phone_field(demo_site: DemoSite) -> None:
    agent = demo_site.client(AGENT)
    for typed, message in (
        ("0899999999", "ไม่พบสมาชิก"),
        (SHOPS[0][0].phone, "ไม่พบสมาชิก"),  # a shop owner has no member wallet
        ("12345", "หมายเลขโทรศัพท์มือถือไม่ถูกต้อง"),
        ("", "กรุณากรอกช่องนี้"),
    ):
        response = look_up(agent, typed)
        assert response.status_code == 422, typed
        assert error_under(response.text, "phone") == message
        assert 'id="topup-form"' not in response.text


def test_a_cash_top_up_moves_exactly_the_amount_and_shows_the_receipt(
    demo_site: DemoSite,
) -> None:
    agent = demo_site.client(AGENT)
    wallet_before = member_balance(demo_site.engine, SOMSRI.phone)
    float_before = float_balance(demo_site.engine)
    response = top_up(agent, SOMSRI.phone, "1,250.50")
    assert response.status_code == 303
    location = response.headers["location"]
    assert re.fullmatch(r"/agent/receipts/\d+", location)
    assert member_balance(demo_site.engine, SOMSRI.phone) == wallet_before + 125_050
    assert float_balance(demo_site.engine) == float_before + 125_050
    receipt = agent.get(location)
    assert receipt.status_code == 200
    assert "บันทึกการเติมเงินสดแล้ว" in receipt.text
    assert 'id="receipt"' in receipt.text
    with read_transaction(demo_site.engine) as connection:
        assert reserve_report(connection).balanced


def test_a_double_submit_posts_once(demo_site: DemoSite) -> None:
    agent = demo_site.client(AGENT)
    page = look_up(agent, SOMSRI.phone).text
    form = {
        "phone": hidden(page, "phone"),
        "amount": "500",
        "idempotency_key": hidden(page, "idempotency_key"),
        "csrf_token": hidden(page, "csrf_token"),
    }
    wallet_before = member_balance(demo_site.engine, SOMSRI.phone)
    first = agent.post("/agent/topup", data=form, follow_redirects=False)
    second = agent.post("/agent/topup", data=form, follow_redirects=False)
    assert first.status_code == second.status_code == 303
    assert first.headers["location"] == second.headers["location"]
    assert member_balance(demo_site.engine, SOMSRI.phone) == wallet_before + 50_000


def test_each_lookup_gives_a_new_form_key(demo_site: DemoSite) -> None:
    agent = demo_site.client(AGENT)
    first = hidden(look_up(agent, SOMSRI.phone).text, "idempotency_key")
    assert first != hidden(look_up(agent, SOMSRI.phone).text, "idempotency_key")


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("abc", "กรุณากรอกจำนวนเงินเป็นบาท เช่น 500"),
        ("1.234", "กรุณากรอกจำนวนเงินเป็นบาท เช่น 500"),
        ("inf", "กรุณากรอกจำนวนเงินเป็นบาท เช่น 500"),
        ("", "กรุณากรอกจำนวนเงินเป็นบาท เช่น 500"),
        ("0", "จำนวนเงินไม่ถูกต้อง"),
        ("-100", "จำนวนเงินไม่ถูกต้อง"),
        ("50000.01", "จำนวนเงินไม่ถูกต้อง"),
    ],
)
def test_a_bad_amount_is_refused_under_the_field_and_nothing_is_written(
    demo_site: DemoSite, typed: str, message: str
) -> None:
    agent = demo_site.client(AGENT)
    before = rows_in(demo_site.engine, transfers)
    response = top_up(agent, SOMSRI.phone, typed, key="the-same-key")
    assert response.status_code == 422
    assert error_under(response.text, "amount") == message
    assert hidden(response.text, "idempotency_key") == "the-same-key"
    assert f'value="{typed}"' in response.text
    assert rows_in(demo_site.engine, transfers) == before


def test_an_unknown_phone_at_top_up_is_refused_and_nothing_is_written(
    demo_site: DemoSite,
) -> None:
    agent = demo_site.client(AGENT)
    before = rows_in(demo_site.engine, transfers)
    form = {"phone": "0899999999", "amount": "100", "idempotency_key": "key-1"}
    response = post_form(agent, "/agent/topup", form, page="/agent")
    assert response.status_code == 422
    assert error_under(response.text, "phone") == "ไม่พบสมาชิก"
    assert rows_in(demo_site.engine, transfers) == before


def test_a_frozen_wallet_shows_frozen_and_cannot_be_topped_up(demo_site: DemoSite) -> None:
    agent = demo_site.client(AGENT)
    key_page = look_up(agent, SOMSRI.phone).text
    _freeze(demo_site, SOMSRI)
    page = look_up(agent, SOMSRI.phone).text
    assert 'data-status="frozen"' in page
    assert 'id="topup-form"' not in page
    assert 'id="wallet-blocked"' in page
    before = rows_in(demo_site.engine, transfers)
    form = {
        "phone": hidden(key_page, "phone"),
        "amount": "100",
        "idempotency_key": hidden(key_page, "idempotency_key"),
        "csrf_token": hidden(key_page, "csrf_token"),
    }
    response = agent.post("/agent/topup", data=form)
    assert response.status_code == 422
    assert error_under(response.text, "form") == "บัญชีถูกระงับชั่วคราว"
    assert rows_in(demo_site.engine, transfers) == before


def test_a_top_up_form_without_its_key_is_refused(demo_site: DemoSite) -> None:
    agent = demo_site.client(AGENT)
    before = rows_in(demo_site.engine, transfers)
    form = {"phone": SOMSRI.phone, "amount": "100"}
    assert post_form(agent, "/agent/topup", form, page="/agent").status_code == 400
    assert rows_in(demo_site.engine, transfers) == before


def test_the_counter_reads_in_english_too(demo_site: DemoSite) -> None:
    agent: TestClient = demo_site.client(AGENT)
    agent.cookies.set("tn_lang", "en")
    page = look_up(agent, SOMSRI.phone).text
    assert "Top up the wallet" in page
    assert error_under(top_up(agent, SOMSRI.phone, "x").text, "amount") == (
        "Type an amount in baht, for example 500."
    )
