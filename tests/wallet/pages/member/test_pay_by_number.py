"""Typing the shop number the till shows (decision 0031): the one bill waiting opens its
confirm page, paying it turns the till paid and the member never types the amount;
several bills are listed to choose from; none leaves the pay-any-amount form; a
promotion shows before the PIN as for a scanned QR."""

from datetime import timedelta

from tests.wallet.pages.member.helpers import SHOP, shop_balance, submit
from tests.web.conftest import DemoSite
from tests.web.helpers import member_balance, shop_id, till_request
from thungngoen.clock import utc_now
from thungngoen.db import write_transaction
from thungngoen.wallet.demo import MEMBERS, PIN, SHOPS
from thungngoen.wallet.promotions import create_promotion

SOMSRI = MEMBERS[0]
PADAENG = SHOPS[0][0]


def _typed(site: DemoSite, number: int) -> str:
    """Where typing ``number`` on the scan page leads, past the shop's number page."""
    client = site.client(SOMSRI)
    typed = submit(client, "/wallet/scan", {"code": str(number)})
    assert typed.headers["location"] == f"/pay/shop/{number}"
    shop_page = client.get(typed.headers["location"], follow_redirects=False)
    assert shop_page.status_code == 303, shop_page.text
    location: str = shop_page.headers["location"]
    return location


def test_the_one_waiting_bill_opens_and_paying_it_turns_the_till_paid(demo_site: DemoSite) -> None:
    asked = till_request(demo_site.engine, 12_345, reference="โต๊ะ 4")
    number = shop_id(demo_site.engine, SHOP)
    confirm = _typed(demo_site, number)
    assert confirm == f"/pay/{asked.token}?by=number"
    client = demo_site.client(SOMSRI)
    page = client.get(confirm).text
    assert "ร้านข้าวมันไก่ป้าแดง" in page
    assert '<dd class="amount-big" id="amount">123.45 เหรียญ</dd>' in page
    assert "โต๊ะ 4" in page
    assert 'id="f-amount"' not in page  # nothing to type but the PIN
    assert f'href="/pay/shop/{number}?any_amount=1" id="other-amount"' in page
    before, shop_before = (
        member_balance(demo_site.engine, SOMSRI.phone),
        shop_balance(demo_site.engine),
    )
    assert f'action="/pay/{asked.token}?by=number"' in page
    wrong = submit(client, confirm, {"pin": "135790"})
    assert wrong.status_code == 422
    assert 'id="other-amount"' in wrong.text  # still offered after a wrong PIN
    paid = submit(client, confirm, {"pin": PIN})
    assert paid.status_code == 303
    assert paid.headers["location"].startswith("/wallet/receipts/")
    assert member_balance(demo_site.engine, SOMSRI.phone) == before - 12_345
    assert shop_balance(demo_site.engine) == shop_before + 12_345
    till = demo_site.client(PADAENG).get(f"/shop/requests/{asked.id}").text
    assert 'data-state="paid"' in till
    after = client.get(f"/pay/shop/{number}", follow_redirects=False)
    assert after.status_code == 200
    assert 'id="f-amount"' in after.text  # nothing waits: the pay-any-amount form


def test_several_waiting_bills_are_listed_to_choose_from(demo_site: DemoSite) -> None:
    now = utc_now()
    older = till_request(demo_site.engine, 4_000, reference="เคาน์เตอร์ 1", now=now)
    newer = till_request(demo_site.engine, 6_500, reference="", now=now + timedelta(seconds=1))
    number = shop_id(demo_site.engine, SHOP)
    page = demo_site.client(SOMSRI).get(f"/pay/shop/{number}", follow_redirects=False)
    assert page.status_code == 200
    text = page.text
    assert 'id="bill-list"' in text
    assert "ร้านกำลังรอรับเงินหลายรายการ กรุณาเลือกรายการของคุณ:" in text
    first = text.index(f'href="/pay/{newer.token}?by=number" data-satang="6500"')
    second = text.index(f'href="/pay/{older.token}?by=number" data-satang="4000"')
    assert first < second  # the newest first
    assert "เคาน์เตอร์ 1" in text
    assert "ไม่มีเลขอ้างอิง" in text
    assert 'id="pay-form"' not in text
    assert f'href="/pay/shop/{number}?any_amount=1"' in text


def test_expired_bills_are_ignored_and_another_amount_stays_possible(demo_site: DemoSite) -> None:
    till_request(
        demo_site.engine, 5_000, lifetime=timedelta(minutes=1), now=utc_now() - timedelta(hours=1)
    )
    number = shop_id(demo_site.engine, SHOP)
    client = demo_site.client(SOMSRI)
    plain = client.get(f"/pay/shop/{number}", follow_redirects=False)
    assert plain.status_code == 200
    assert 'id="f-amount"' in plain.text
    till_request(demo_site.engine, 5_000)
    other = client.get(f"/pay/shop/{number}?any_amount=1", follow_redirects=False)
    assert other.status_code == 200
    assert 'id="f-amount"' in other.text
    assert 'id="other-amount"' not in other.text


def test_a_qr_scanned_at_the_till_offers_no_other_amount(demo_site: DemoSite) -> None:
    asked = till_request(demo_site.engine, 5_000)
    page = demo_site.client(SOMSRI).get(f"/pay/{asked.token}").text
    assert 'id="pay-form"' in page
    assert 'id="other-amount"' not in page


def test_a_bill_found_by_number_shows_the_promotion_before_the_pin(demo_site: DemoSite) -> None:
    merchant, now = shop_id(demo_site.engine, SHOP), utc_now()
    write_transaction(
        demo_site.engine,
        lambda c: create_promotion(
            c,
            merchant_id=merchant,
            kind="percent",
            percent=10,
            cap=None,
            min_spend=0,
            starts_at=now - timedelta(hours=1),
            ends_at=now + timedelta(days=1),
            actor="test",
        ),
    )
    asked = till_request(demo_site.engine, 6_000)
    confirm = _typed(demo_site, merchant)
    client = demo_site.client(SOMSRI)
    page = client.get(confirm).text
    assert "ส่วนลดโปรโมชัน ‘ลด 10%’" in page
    assert page.index('id="pay-quote-lines"') < page.index('id="pin"')
    before = member_balance(demo_site.engine, SOMSRI.phone)
    assert submit(client, confirm, {"pin": PIN}).status_code == 303
    assert member_balance(demo_site.engine, SOMSRI.phone) == before - 5_400
    till = demo_site.client(PADAENG).get(f"/shop/requests/{asked.id}").text
    assert 'data-state="paid"' in till
