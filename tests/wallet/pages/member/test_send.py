"""Sending coin to another member by phone number: a form, then a confirmation with the
recipient's name and masked phone where the PIN is typed; only that moves the coin."""

import httpx
from fastapi.testclient import TestClient

from tests.wallet.pages.member.helpers import submit
from tests.web.conftest import DemoSite
from tests.web.helpers import error_under, hidden, member_balance
from thungngoen.wallet.demo import MEMBERS, PIN

SOMSRI, ANAN = MEMBERS[0], MEMBERS[1]
BAD_AMOUNT = "กรุณาพิมพ์จำนวนเหรียญ เช่น 120 หรือ 45.50"
NOT_ENOUGH = "เหรียญไม่พอ คุณมี 360.00 เหรียญ"


def _masked(phone: str) -> str:
    return f"{phone[:3]}-xxx-{phone[-4:]}"


def _balances(site: DemoSite) -> tuple[int, int]:
    return member_balance(site.engine, SOMSRI.phone), member_balance(site.engine, ANAN.phone)


def _confirm(client: TestClient, checked: str, pin: str = PIN) -> httpx.Response:
    """Type ``pin`` on the confirmation page ``checked`` and post it as the page does."""
    fields = {
        name: hidden(checked, name)
        for name in ("csrf_token", "idempotency_key", "to_phone", "amount", "memo")
    }
    response: httpx.Response = client.post(
        "/wallet/send/confirm", data={**fields, "pin": pin}, follow_redirects=False
    )
    return response


def test_the_confirmation_names_the_recipient_and_moves_nothing(demo_site: DemoSite) -> None:
    client = demo_site.client(SOMSRI)
    before = _balances(demo_site)
    form = {"to_phone": ANAN.phone, "amount": "๑๒.๕", "memo": "ค่าผัก"}  # Thai digits
    checked = submit(client, "/wallet/send", form)
    assert checked.status_code == 200
    page = checked.text
    assert f'<dd id="recipient-name">{ANAN.name}</dd>' in page
    assert f'<dd id="recipient-phone">{_masked(ANAN.phone)}</dd>' in page
    assert ANAN.phone not in page.replace(f'name="to_phone" value="{ANAN.phone}"', "")
    assert 'data-satang="1250">12.50 เหรียญ</dd>' in page
    assert "สิบสองเหรียญห้าสิบสตางค์" in page  # the amount in Thai words
    assert '<dd id="fee" data-satang="0">ไม่มีค่าธรรมเนียม</dd>' in page
    assert 'action="/wallet/send/confirm"' in page
    assert 'name="pin"' in page
    assert _balances(demo_site) == before  # nothing moved before the PIN


def test_change_goes_back_to_the_form_as_it_was(demo_site: DemoSite) -> None:
    client = demo_site.client(SOMSRI)
    form = {"to_phone": ANAN.phone, "amount": "12", "memo": "ค่าผัก"}
    checked = submit(client, "/wallet/send", form).text
    fields = {name: hidden(checked, name) for name in ("csrf_token", "idempotency_key")}
    fields |= {"to_phone": ANAN.phone, "amount": "12.00", "memo": "ค่าผัก"}
    back = client.post("/wallet/send/change", data=fields)
    assert back.status_code == 200
    assert 'id="send-form"' in back.text
    assert f'value="{ANAN.phone}"' in back.text
    assert 'value="12.00"' in back.text
    assert hidden(back.text, "idempotency_key") == fields["idempotency_key"]


def test_a_member_sends_coin_once_and_sees_who_got_it(demo_site: DemoSite) -> None:
    client = demo_site.client(SOMSRI)
    before = _balances(demo_site)
    form = {"to_phone": ANAN.phone, "amount": "12.50", "memo": "ค่าผัก"}
    checked = submit(client, "/wallet/send", form).text
    sent = _confirm(client, checked)
    assert sent.status_code == 303
    assert ANAN.phone not in sent.headers["location"]
    again = _confirm(client, checked)  # a double submit of the confirmation
    assert again.headers["location"] == sent.headers["location"]
    assert _balances(demo_site) == (before[0] - 1_250, before[1] + 1_250)
    receipt = client.get(sent.headers["location"]).text
    assert "โอนออก" in receipt
    assert "อนันต์ รักถิ่น ค่าผัก" in receipt
    assert "โอนเงินแล้ว" in receipt


def test_a_wrong_pin_on_the_confirmation_says_the_tries_left(demo_site: DemoSite) -> None:
    client = demo_site.client(SOMSRI)
    before = _balances(demo_site)
    checked = submit(client, "/wallet/send", {"to_phone": ANAN.phone, "amount": "10"}).text
    wrong = _confirm(client, checked, "135790")
    assert wrong.status_code == 422
    assert error_under(wrong.text, "pin") == ("รหัส PIN ไม่ถูกต้อง เหลืออีก 4 ครั้งก่อนการชำระเงินจะถูกล็อก")
    for _ in range(3):
        wrong = _confirm(client, wrong.text, "135790")
    assert error_under(wrong.text, "pin") == (
        "รหัส PIN ไม่ถูกต้อง เหลืออีก 1 ครั้ง หากผิดอีกครั้งการชำระเงินจะถูกล็อก"
    )
    assert f'<dd id="recipient-name">{ANAN.name}</dd>' in wrong.text  # the same confirmation
    assert _balances(demo_site) == before


def test_mistakes_show_next_to_their_field_and_send_nothing(demo_site: DemoSite) -> None:
    client = demo_site.client(SOMSRI)
    before = _balances(demo_site)
    cases = (
        ({"to_phone": "12345", "amount": "10"}, "to_phone", "หมายเลขโทรศัพท์มือถือไม่ถูกต้อง"),
        ({"to_phone": SOMSRI.phone, "amount": "10"}, "to_phone", "นี่คือหมายเลขของคุณเอง กรุณาโอนให้ผู้อื่น"),
        ({"to_phone": "0899999999", "amount": "10"}, "to_phone", "ไม่พบสมาชิก"),
        ({"to_phone": ANAN.phone, "amount": "10000"}, "amount", NOT_ENOUGH),
        ({"to_phone": ANAN.phone, "amount": "-5"}, "amount", "จำนวนเงินต้องมากกว่าศูนย์"),
        ({"to_phone": ANAN.phone, "amount": "1e999999"}, "amount", BAD_AMOUNT),
        ({"to_phone": ANAN.phone, "amount": "1,25.5"}, "amount", BAD_AMOUNT),
        ({"to_phone": ANAN.phone, "amount": "12,34"}, "amount", BAD_AMOUNT),
        ({"to_phone": ANAN.phone, "amount": "1.005"}, "amount", BAD_AMOUNT),
    )
    for fields, field, text in cases:
        refused = submit(client, "/wallet/send", {**fields, "memo": ""})
        assert refused.status_code == 422, fields
        assert error_under(refused.text, field) == text, fields
        assert f'value="{fields["amount"]}"' in refused.text  # the amount as typed stays
        assert 'id="confirm-form"' not in refused.text
    assert _balances(demo_site) == before


def test_not_enough_coin_shows_the_balance_and_the_top_up(demo_site: DemoSite) -> None:
    client = demo_site.client(SOMSRI)
    refused = submit(client, "/wallet/send", {"to_phone": ANAN.phone, "amount": "360.01"})
    assert refused.status_code == 422
    assert 'id="short-balance" data-satang="36000">คุณมี 360.00 เหรียญ</span>' in refused.text
    assert '<a href="/wallet/topup" id="top-up-link">เติมเหรียญ</a>' in refused.text
    assert "กรุณาแก้ไข" not in refused.text  # not the generic "fix the marked fields"
    assert client.get("/wallet/topup").status_code == 200  # the link leads somewhere


def test_a_confirmation_tampered_to_a_bad_amount_moves_nothing(demo_site: DemoSite) -> None:
    client = demo_site.client(SOMSRI)
    before = _balances(demo_site)
    checked = submit(client, "/wallet/send", {"to_phone": ANAN.phone, "amount": "10"}).text
    tampered = checked.replace('name="amount" value="10.00"', 'name="amount" value="1,25.5"')
    refused = _confirm(client, tampered)
    assert refused.status_code == 422
    assert error_under(refused.text, "amount") == BAD_AMOUNT
    assert _balances(demo_site) == before


def test_the_english_page_speaks_english(demo_site: DemoSite) -> None:
    client = demo_site.client(SOMSRI)
    client.get("/lang/en?next=/wallet/send")
    refused = submit(client, "/wallet/send", {"to_phone": "0899999999", "amount": "10"})
    assert '<label for="f-to_phone">Their phone number</label>' in refused.text
    assert error_under(refused.text, "to_phone") == "no member with this phone number"
    short = submit(client, "/wallet/send", {"to_phone": ANAN.phone, "amount": "9999"})
    assert ">You have 360.00 coin.</span>" in short.text
    assert ">Top up coin</a>" in short.text
    checked = submit(client, "/wallet/send", {"to_phone": ANAN.phone, "amount": "10"}).text
    assert "<dt>Recipient</dt>" in checked
    assert "No fee" in checked
    wrong = _confirm(client, checked, "135790")
    assert error_under(wrong.text, "pin") == "Wrong PIN: 4 tries left before payments lock."
