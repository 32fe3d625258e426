"""The redeem page shows, before the shop confirms, the coin redeemed, the fee with its rate
and tier, and the baht the shop will receive; previewing books nothing."""

import re

from tests.redemption.pages.test_redeem import _payouts
from tests.wallet.pages.shop.helpers import PADAENG
from tests.web.conftest import DemoSite
from tests.web.helpers import money_form


def _text(html: str, element_id: str) -> str:
    found = re.search(rf'id="{element_id}"[^>]*>(.*?)</', html, re.S)
    assert found, element_id
    return found.group(1).strip()


def test_the_field_asks_for_coin_and_htmx_previews_the_fee(demo_site: DemoSite) -> None:
    client = demo_site.client(PADAENG)
    page = client.get("/shop/redeem").text
    assert '<label for="f-amount">จำนวนเหรียญที่จะแลก</label>' in page
    assert 'hx-get="/shop/redeem/preview"' in page
    assert "redeem-preview-lines" not in page
    shown = client.get("/shop/redeem/preview", params={"amount": "50"}).text
    assert _text(shown, "preview-coin") == "50.00 เหรียญ"
    assert "ค่าธรรมเนียม 5% (ระดับร้านค้า: มาตรฐาน)" in shown
    assert _text(shown, "preview-fee") == "−2.50 เหรียญ"
    assert _text(shown, "preview-baht") == "47.50 บาท"
    assert "preview-coin" not in client.get("/shop/redeem/preview?amount=ห้าสิบ").text
    client.cookies.set("tn_lang", "en")
    english = client.get("/shop/redeem/preview", params={"amount": "50"}).text
    assert "Fee 5% (tier: Standard)" in english
    assert "Baht the shop will receive" in english


def test_the_preview_step_books_nothing_and_keeps_the_form(demo_site: DemoSite) -> None:
    client = demo_site.client(PADAENG)
    token, key = money_form(client, "/shop/redeem")
    form = {"amount": "50", "idempotency_key": key, "csrf_token": token, "step": "preview"}
    shown = client.post("/shop/redeem", data=form)
    assert shown.status_code == 200
    assert _text(shown.text, "preview-baht") == "47.50 บาท"
    assert 'value="50"' in shown.text
    assert _payouts(demo_site.engine) == []
    confirm = {k: v for k, v in form.items() if k != "step"} | {"fund_code": "welfare"}
    done = client.post("/shop/redeem", data=confirm, follow_redirects=False)
    assert done.status_code == 303
    [payout] = _payouts(demo_site.engine)
    assert payout.amount == 4_750
