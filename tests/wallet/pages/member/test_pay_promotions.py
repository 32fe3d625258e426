"""A promotion seen by the member: the price, the discount with its name and the charge
before the PIN (the pay button says the charge), then on the receipt and in the history;
what the page showed is what the ledger moved."""

import re
from datetime import timedelta

from sqlalchemy import Engine

from tests.wallet.pages.member.helpers import SHOP, submit
from tests.web.conftest import DemoSite
from tests.web.helpers import hidden, member_balance, shop_id, till_request
from thungngoen.clock import utc_now
from thungngoen.db import write_transaction
from thungngoen.wallet.demo import MEMBERS, PIN
from thungngoen.wallet.promotions import create_promotion

SOMSRI = MEMBERS[0]


def _promotion(engine: Engine, kind: str = "percent", percent: float = 10) -> None:
    merchant = shop_id(engine, SHOP)
    now = utc_now()
    write_transaction(
        engine,
        lambda c: create_promotion(
            c,
            merchant_id=merchant,
            kind=kind,
            percent=percent,
            cap=None,
            min_spend=0,
            starts_at=now - timedelta(hours=1),
            ends_at=now + timedelta(days=1),
            actor="test",
        ),
    )


def _text(html: str, element_id: str) -> str:
    found = re.search(rf'id="{element_id}"[^>]*>(.*?)</', html, re.S)
    assert found, element_id
    return found.group(1).strip()


def test_a_till_request_shows_the_discount_before_the_pin_and_charges_it(
    demo_site: DemoSite,
) -> None:
    _promotion(demo_site.engine)
    asked = till_request(demo_site.engine, 6_000)
    client = demo_site.client(SOMSRI)
    page = client.get(f"/pay/{asked.token}").text
    assert _text(page, "quote-price") == "60.00 เหรียญ"
    assert "ส่วนลดโปรโมชัน ‘ลด 10%’" in page
    assert _text(page, "quote-discount") == "−6.00 เหรียญ"
    assert _text(page, "quote-charged") == "54.00 เหรียญ"
    assert _text(page, "pay-button") == "จ่าย 54.00 เหรียญ"
    assert page.index('id="pay-quote-lines"') < page.index('id="pin"')
    before = member_balance(demo_site.engine, SOMSRI.phone)
    form = {"pin": PIN, "idempotency_key": hidden(page, "idempotency_key")}
    paid = submit(client, f"/pay/{asked.token}", form)
    assert paid.status_code == 303
    assert member_balance(demo_site.engine, SOMSRI.phone) == before - 5_400
    receipt = client.get(paid.headers["location"]).text
    assert _text(receipt, "receipt-discount") == "ส่วนลดโปรโมชัน ‘ลด 10%’ −6.00 เหรียญ"
    assert "-54.00 เหรียญ" in receipt
    history = client.get("/wallet/history").text
    assert "ส่วนลดโปรโมชัน ‘ลด 10%’ −6.00 เหรียญ" in history
    client.cookies.set("tn_lang", "en")
    english = client.get(paid.headers["location"]).text
    assert "Promotion discount ‘10% off’ −6.00" in english


def test_the_shop_poster_quotes_the_amount_typed_as_checkout_charges_it(
    demo_site: DemoSite,
) -> None:
    _promotion(demo_site.engine)
    path = f"/pay/shop/{shop_id(demo_site.engine, SHOP)}"
    client = demo_site.client(SOMSRI)
    page = client.get(path).text
    assert f'hx-get="{path}/quote"' in page
    assert _text(page, "pay-button") == "จ่ายเงิน"
    quoted = client.get(f"{path}/quote", params={"amount": "60"}).text
    assert _text(quoted, "quote-charged") == "54.00 เหรียญ"
    assert "ส่วนลดโปรโมชัน ‘ลด 10%’" in quoted
    assert 'hx-swap-oob="true"' in quoted
    assert _text(quoted, "pay-button") == "จ่าย 54.00 เหรียญ"
    assert "quote-price" not in client.get(f"{path}/quote", params={"amount": "ห้า"}).text
    before = member_balance(demo_site.engine, SOMSRI.phone)
    form = {"amount": "60", "pin": PIN, "idempotency_key": hidden(page, "idempotency_key")}
    assert submit(client, path, form).status_code == 303
    assert member_balance(demo_site.engine, SOMSRI.phone) == before - 5_400
    wrong = submit(client, path, form | {"pin": "000000", "idempotency_key": "k-wrong-pin"})
    assert _text(wrong.text, "pay-button") == "จ่าย 54.00 เหรียญ"


def test_a_cashback_shows_the_full_charge_and_the_coin_back(demo_site: DemoSite) -> None:
    _promotion(demo_site.engine, "cashback", 5)
    asked = till_request(demo_site.engine, 10_000)
    client = demo_site.client(SOMSRI)
    page = client.get(f"/pay/{asked.token}").text
    assert "เงินคืนโปรโมชัน ‘เงินคืน 5%’" in page
    assert _text(page, "quote-charged") == "100.00 เหรียญ"
    assert _text(page, "quote-net") == "95.00 เหรียญ"
    before = member_balance(demo_site.engine, SOMSRI.phone)
    form = {"pin": PIN, "idempotency_key": hidden(page, "idempotency_key")}
    paid = submit(client, f"/pay/{asked.token}", form)
    assert member_balance(demo_site.engine, SOMSRI.phone) == before - 9_500
    receipt = client.get(paid.headers["location"]).text
    assert _text(receipt, "receipt-discount") == "เงินคืนโปรโมชัน ‘เงินคืน 5%’ +5.00 เหรียญ"


def test_without_a_promotion_the_page_is_as_before(demo_site: DemoSite) -> None:
    asked = till_request(demo_site.engine, 6_000)
    page = demo_site.client(SOMSRI).get(f"/pay/{asked.token}").text
    assert "pay-quote-lines" not in page
    assert _text(page, "pay-button") == "จ่าย 60.00 เหรียญ"
