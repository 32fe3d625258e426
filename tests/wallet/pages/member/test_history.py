"""The history: every movement with the running balance, filters by date, direction and
kind, pages of 20; and receipts, each only for its own member."""

import re
from datetime import timedelta

from sqlalchemy import Connection

from tests.web.conftest import DemoSite
from tests.web.helpers import member_of
from thungngoen.clock import utc_now
from thungngoen.db import write_transaction
from thungngoen.thai import in_thai_time
from thungngoen.wallet.demo import MEMBERS
from thungngoen.wallet.payments import pay_member

SOMSRI, ANAN, MANEE = MEMBERS
ROW = re.compile(
    r'<tr data-transfer="(\d+)">.*?<strong>([^<]+)</strong>.*?'
    r'<td class="num (?:in|out)">([^<]+)</td>\s*'
    r'<td class="num then balance-after"[^>]*>([^<]+)</td>',
    re.S,
)


def rows(page: str) -> list[tuple[str, str, str]]:
    """(label, amount, balance after) of each statement line shown."""
    return [(label, amount, after) for _, label, amount, after in ROW.findall(page)]


def test_the_statement_shows_the_running_balance(demo_site: DemoSite) -> None:
    page = demo_site.client(SOMSRI).get("/wallet/history").text
    assert rows(page) == [
        ("โอนออก", "-20.00 เหรียญ", "360.00 เหรียญ"),
        ("จ่ายร้านค้า", "-35.00 เหรียญ", "380.00 เหรียญ"),
        ("จ่ายร้านค้า", "-85.00 เหรียญ", "415.00 เหรียญ"),
        ("เติมเงินสดที่ตัวแทน", "+500.00 เหรียญ", "500.00 เหรียญ"),
    ]
    assert 'id="older"' not in page


def test_filters_by_kind_direction_and_date(demo_site: DemoSite) -> None:
    client = demo_site.client(SOMSRI)
    today = in_thai_time(utc_now()).date()
    payments = client.get("/wallet/history?kind=payment").text
    assert [after for _, _, after in rows(payments)] == ["380.00 เหรียญ", "415.00 เหรียญ"]
    assert '<option value="payment" selected>' in payments
    money_in = client.get("/wallet/history?direction=in").text
    assert rows(money_in) == [("เติมเงินสดที่ตัวแทน", "+500.00 เหรียญ", "500.00 เหรียญ")]
    sent = client.get("/wallet/history?kind=p2p&direction=out").text
    assert "มานี มีตา ค่าขนมหลาน" in sent
    assert len(rows(sent)) == 1
    assert len(rows(client.get(f"/wallet/history?from={today}&to={today}").text)) == 4
    tomorrow = client.get(f"/wallet/history?from={today + timedelta(days=1)}").text
    assert rows(tomorrow) == []
    assert "ไม่มีรายการที่ตรงกับเงื่อนไข" in tomorrow
    assert rows(client.get(f"/wallet/history?to={today - timedelta(days=1)}").text) == []
    received = demo_site.client(MANEE).get("/wallet/history?kind=p2p").text
    assert rows(received) == [("รับโอน", "+20.00 เหรียญ", "100.00 เหรียญ")]
    assert "สมศรี ใจดี" in received


def test_a_bad_date_shows_next_to_its_field(demo_site: DemoSite) -> None:
    client = demo_site.client(SOMSRI)
    page = client.get("/wallet/history?from=2569-13-40").text
    assert '<p class="error" id="e-from">กรุณาเลือกวันที่จากปฏิทิน</p>' in page
    assert len(rows(page)) == 4  # the filter it cannot read is left out
    backwards = client.get("/wallet/history?from=2026-03-02&to=2026-03-01").text
    assert '<p class="error" id="e-to">วันที่สิ้นสุดอยู่ก่อนวันที่เริ่มต้น</p>' in backwards


def test_pages_of_twenty_keep_the_filter_and_the_balances(demo_site: DemoSite) -> None:
    manee = member_of(demo_site.engine, MANEE.phone)

    def send_many(connection: Connection) -> None:
        for n in range(25):
            pay_member(
                connection,
                payer=manee,
                payee_phone=SOMSRI.phone,
                amount=100,
                memo=f"#{n}",
                idempotency_key=f"many-{n}",
            )

    write_transaction(demo_site.engine, send_many)
    client = demo_site.client(SOMSRI)
    first = client.get("/wallet/history?direction=in").text
    shown = rows(first)
    assert len(shown) == 20
    assert shown[0] == ("รับโอน", "+1.00 เหรียญ", "385.00 เหรียญ")
    assert shown[-1] == ("รับโอน", "+1.00 เหรียญ", "366.00 เหรียญ")
    older = re.search(r'href="(/wallet/history\?[^"]+)" id="older"', first)
    assert older
    link = older.group(1).replace("&amp;", "&")
    assert "direction=in" in link
    second = client.get(link).text
    assert rows(second) == [
        *[("รับโอน", "+1.00 เหรียญ", f"{365 - n}.00 เหรียญ") for n in range(5)],
        ("เติมเงินสดที่ตัวแทน", "+500.00 เหรียญ", "500.00 เหรียญ"),
    ]
    assert 'id="older"' not in second
    assert 'id="newest"' in second


def test_a_member_sees_only_their_own_receipts(demo_site: DemoSite) -> None:
    somsri = demo_site.client(SOMSRI)
    first = re.search(r'href="/wallet/receipts/(\d+)"', somsri.get("/wallet/history").text)
    assert first
    receipt = f"/wallet/receipts/{first.group(1)}"
    assert somsri.get(receipt).status_code == 200
    assert 'id="receipt"' in somsri.get(receipt).text
    assert demo_site.client(ANAN).get(receipt).status_code == 404
    assert somsri.get("/wallet/receipts/999999").status_code == 404
