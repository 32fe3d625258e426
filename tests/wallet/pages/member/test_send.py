"""Sending coin to another member by phone number, confirmed with the PIN."""

from tests.wallet.pages.member.helpers import submit
from tests.web.conftest import DemoSite
from tests.web.helpers import error_under, hidden, member_balance
from thungngoen.wallet.demo import MEMBERS, PIN

SOMSRI, ANAN = MEMBERS[0], MEMBERS[1]
BAD_AMOUNT = "กรุณาพิมพ์จำนวนเงินเป็นบาท เช่น 120 หรือ 45.50"


def test_a_member_sends_coin_once_and_sees_who_got_it(demo_site: DemoSite) -> None:
    client = demo_site.client(SOMSRI)
    page = client.get("/wallet/send").text
    form = {"to_phone": ANAN.phone, "amount": "12.50", "memo": "ค่าผัก", "pin": PIN}
    form["idempotency_key"] = hidden(page, "idempotency_key")
    before = (
        member_balance(demo_site.engine, SOMSRI.phone),
        member_balance(demo_site.engine, ANAN.phone),
    )
    sent = submit(client, "/wallet/send", form)
    assert sent.status_code == 303
    assert ANAN.phone not in sent.headers["location"]
    again = submit(client, "/wallet/send", form)
    assert again.headers["location"] == sent.headers["location"]
    assert member_balance(demo_site.engine, SOMSRI.phone) == before[0] - 1_250
    assert member_balance(demo_site.engine, ANAN.phone) == before[1] + 1_250
    receipt = client.get(sent.headers["location"]).text
    assert "โอนออก" in receipt
    assert "อนันต์ รักถิ่น ค่าผัก" in receipt
    assert "โอนเงินแล้ว" in receipt


def test_mistakes_show_next_to_their_field_and_send_nothing(demo_site: DemoSite) -> None:
    client = demo_site.client(SOMSRI)
    before = member_balance(demo_site.engine, SOMSRI.phone)
    cases = (
        ({"to_phone": "12345", "amount": "10"}, "to_phone", "หมายเลขโทรศัพท์มือถือไม่ถูกต้อง"),
        ({"to_phone": SOMSRI.phone, "amount": "10"}, "to_phone", "นี่คือหมายเลขของคุณเอง กรุณาโอนให้ผู้อื่น"),
        ({"to_phone": "0899999999", "amount": "10"}, "to_phone", "ไม่พบสมาชิก"),
        ({"to_phone": ANAN.phone, "amount": "10000"}, "amount", "ยอดเงินไม่พอ"),
        ({"to_phone": ANAN.phone, "amount": "-5"}, "amount", "จำนวนเงินต้องมากกว่าศูนย์"),
        ({"to_phone": ANAN.phone, "amount": "1e999999"}, "amount", BAD_AMOUNT),
    )
    for fields, field, text in cases:
        refused = submit(client, "/wallet/send", {**fields, "memo": "", "pin": PIN})
        assert refused.status_code == 422, fields
        assert error_under(refused.text, field) == text, fields
    wrong = submit(client, "/wallet/send", {"to_phone": ANAN.phone, "amount": "10", "pin": "1"})
    assert error_under(wrong.text, "pin") == "รหัส PIN ไม่ถูกต้อง"
    assert member_balance(demo_site.engine, SOMSRI.phone) == before


def test_the_english_page_speaks_english(demo_site: DemoSite) -> None:
    client = demo_site.client(SOMSRI)
    client.get("/lang/en?next=/wallet/send")
    refused = submit(client, "/wallet/send", {"to_phone": "0899999999", "amount": "10", "pin": PIN})
    assert '<label for="f-to_phone">Their phone number</label>' in refused.text
    assert error_under(refused.text, "to_phone") == "no member with this phone number"
