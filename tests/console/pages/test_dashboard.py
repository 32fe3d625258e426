"""The operator's dashboard: its figures are what the domain computes."""

import re
from dataclasses import replace
from datetime import datetime

import pytest
from sqlalchemy import Connection

from tests.web.conftest import DemoSite
from tests.web.helpers import add_agent, apply_for_shop, attribute_of, member_of, number_of
from thungngoen import ledger
from thungngoen.clock import utc_now
from thungngoen.console.pages import dashboard
from thungngoen.db import read_transaction, write_transaction
from thungngoen.redemption import FloatReport, float_report
from thungngoen.topups import request_topup
from thungngoen.wallet import book
from thungngoen.wallet.demo import AGENT, AUDITOR, MEMBERS, OPERATOR, SHOPS, Login
from thungngoen.wallet.reserve import reserve_report


def test_the_dashboard_is_for_operators_and_auditors(demo_site: DemoSite) -> None:
    visitor = demo_site.client().get("/console", follow_redirects=False)
    assert (visitor.status_code, visitor.headers["location"]) == (303, "/login")
    for login in (MEMBERS[0], SHOPS[0][0], AGENT):
        assert demo_site.client(login).get("/console").status_code == 403, login.role
    for login in (OPERATOR, AUDITOR):
        page = demo_site.client(login).get("/console")
        assert page.status_code == 200
        assert 'id="reserve"' in page.text
        assert 'id="legal-guard"' in page.text


def test_reserve_and_legal_guard_are_the_domain_figures(demo_site: DemoSite) -> None:
    page = demo_site.client(AUDITOR).get("/console").text
    with read_transaction(demo_site.engine) as connection:
        reserve = reserve_report(connection)
        guard = float_report(connection, utc_now())
    assert reserve.coin_outstanding == 100_000
    assert number_of(page, "coin-outstanding") == reserve.coin_outstanding
    assert number_of(page, "baht-backing") == reserve.baht_backing
    assert attribute_of(page, "reserve", "data-balanced") == "true"
    assert "สมดุล: ทุกเหรียญมีเงินบาทหนุนครบ" in page
    assert number_of(page, "guard-average") == guard.average_outstanding > 0
    assert number_of(page, "guard-limit") == guard.limit == 5_000_000_000
    assert number_of(page, "guard-outstanding") == guard.outstanding
    assert float(attribute_of(page, "guard-percent", "data-percent")) == pytest.approx(
        guard.share_used * 100
    )
    assert "&lt; 0.01 %" in page  # a tiny float is not shown as zero
    assert attribute_of(page, "legal-guard", "data-warning") == "false"


def test_an_unbalanced_reserve_is_flagged(demo_site: DemoSite) -> None:
    def unbalance(connection: Connection) -> None:
        bank = book.system_account_id(connection, book.BANK)
        backing = book.system_account_id(connection, book.BACKING)
        ledger.post_transfer(connection, ledger.TransferRequest(bank, backing, 1_000, "THB", "t"))

    write_transaction(demo_site.engine, unbalance)
    page = demo_site.client(OPERATOR).get("/console").text
    assert attribute_of(page, "reserve", "data-balanced") == "false"
    assert "ไม่สมดุล: ตรวจสอบบัญชีทันที" in page
    assert '<span id="reserve-difference">10.00 บาท</span>' in page


def test_the_guard_warns_at_80_percent(
    demo_site: DemoSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    def near_the_limit(connection: Connection, now: datetime) -> FloatReport:
        real = float_report(connection, utc_now())
        return replace(real, average_outstanding=real.limit * 80 // 100)

    monkeypatch.setattr(dashboard, "float_report", near_the_limit)
    page = demo_site.client(OPERATOR).get("/console").text
    assert attribute_of(page, "legal-guard", "data-warning") == "true"
    assert float(attribute_of(page, "guard-percent", "data-percent")) == pytest.approx(80)
    assert "คำเตือน: ค่าเฉลี่ยถึง 80 % ของเพดานแล้ว" in page


def test_agents_floats_total_and_per_agent(demo_site: DemoSite) -> None:
    add_agent(demo_site.engine, Login("agent", "0810000002", "agent-two-pw", "ตัวแทนสอง"))
    page = demo_site.client(OPERATOR).get("/console").text
    assert number_of(page, "floats-total") == 100_000
    rows = re.findall(r'<tr><td>([^<]+)</td><td class="num" data-satang="(\d+)">', page)
    assert sorted(rows) == sorted([(AGENT.name, "100000"), ("ตัวแทนสอง", "0")])
    assert number_of(page, "agent-count", "data-count") == 2


def test_waiting_work_and_user_counts(demo_site: DemoSite) -> None:
    page = demo_site.client(OPERATOR).get("/console").text
    assert number_of(page, "pending-merchants", "data-count") == 0
    assert number_of(page, "open-topups", "data-count") == 0
    assert number_of(page, "member-count", "data-count") == len(MEMBERS)
    assert number_of(page, "merchant-count", "data-count") == len(SHOPS) + 1  # + the market
    assert 'href="/console/merchants"' in page

    apply_for_shop(demo_site.engine)
    member_id = member_of(demo_site.engine, MEMBERS[1].phone).id
    write_transaction(demo_site.engine, lambda c: request_topup(c, member_id, 30_000, utc_now()))
    page = demo_site.client(OPERATOR).get("/console").text
    assert number_of(page, "pending-merchants", "data-count") == 1
    assert number_of(page, "open-topups", "data-count") == 1
    assert number_of(page, "merchant-count", "data-count") == len(SHOPS) + 2
