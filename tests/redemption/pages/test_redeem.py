"""Redeem coin for baht: the fee's community fund, once per form, and the payout status."""

import re

from sqlalchemy import Engine

from tests.wallet.pages.shop.helpers import PADAENG, PADAENG_SHOP
from tests.web.conftest import DemoSite
from tests.web.helpers import error_under, money_form, shop_id
from thungngoen import redemption
from thungngoen.clock import utc_now
from thungngoen.db import read_transaction, write_transaction
from thungngoen.wallet.people import set_merchant_status


def _payouts(engine: Engine) -> list[redemption.PayoutInstruction]:
    merchant = shop_id(engine, PADAENG_SHOP)
    with read_transaction(engine) as connection:
        return redemption.merchant_payouts(connection, merchant)


def _statuses(page: str) -> list[str]:
    return re.findall(r'data-status="([a-z]+)"', page)


def test_redeeming_books_a_queued_payout_once_and_shows_it_paid(demo_site: DemoSite) -> None:
    client = demo_site.client(PADAENG)
    page = client.get("/shop/redeem").text
    assert "85.00 เหรียญ" in page
    assert 'id="redeem-form"' in page
    token, key = money_form(client, "/shop/redeem")
    form = {"amount": "50", "fund_code": "welfare", "idempotency_key": key, "csrf_token": token}
    for _ in range(2):
        done = client.post("/shop/redeem", data=form, follow_redirects=False)
        assert (done.status_code, done.headers["location"]) == (303, "/shop/redeem")
    [payout] = _payouts(demo_site.engine)
    assert (payout.amount, payout.status) == (4_750, "queued")  # 5% fee to the fund
    page = client.get("/shop/redeem").text
    assert "35.00 เหรียญ" in page
    assert "47.50 บาท" in page
    assert _statuses(page) == ["queued"]
    write_transaction(
        demo_site.engine, lambda c: redemption.create_payout_batch(c, "op", utc_now())
    )
    assert _statuses(client.get("/shop/redeem").text) == ["batched"]
    write_transaction(
        demo_site.engine,
        lambda c: redemption.mark_batch_paid(c, payout.id and 1, "op", utc_now(), "KTB-778"),
    )
    page = client.get("/shop/redeem").text
    assert _statuses(page) == ["paid"]
    assert "KTB-778" in page


def test_a_refused_redemption_moves_nothing(demo_site: DemoSite) -> None:
    client = demo_site.client(PADAENG)
    token, key = money_form(client, "/shop/redeem")
    base = {"idempotency_key": key, "csrf_token": token}
    too_much = client.post("/shop/redeem", data=base | {"amount": "86", "fund_code": "welfare"})
    assert too_much.status_code == 422
    assert error_under(too_much.text, "amount") == "เหรียญไม่พอ"
    no_fund = client.post("/shop/redeem", data=base | {"amount": "10", "fund_code": ""})
    assert error_under(no_fund.text, "fund_code")
    assert _payouts(demo_site.engine) == []
    assert "85.00 เหรียญ" in client.get("/shop/redeem").text


def test_a_circulate_only_shop_is_not_offered_redemption(demo_site: DemoSite) -> None:
    merchant = shop_id(demo_site.engine, PADAENG_SHOP)
    write_transaction(
        demo_site.engine,
        lambda c: set_merchant_status(c, merchant, "approved", "op", tier="circulate_only"),
    )
    page = demo_site.client(PADAENG).get("/shop/redeem").text
    assert 'id="redeem-not-allowed"' in page
    assert 'id="redeem-form"' not in page
