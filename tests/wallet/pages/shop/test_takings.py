"""Today's takings (Thai day): count, sales, discounts, refunds and what the shop kept."""

import re
from datetime import timedelta

from sqlalchemy import Engine

from tests.wallet.pages.shop.helpers import COFFEE, COFFEE_SHOP, PADAENG
from tests.web.conftest import DemoSite
from tests.web.helpers import error_under, shop_id
from thungngoen.clock import utc_now
from thungngoen.db import write_transaction
from thungngoen.thai import in_thai_time
from thungngoen.wallet import merchant_pay
from thungngoen.wallet.pages.shop.queries import CHANNEL_LABELS, OTHER_CHANNEL, PaymentLine


def total(page: str, name: str) -> str:
    found = re.search(rf'id="takings-{name}"[^>]*>([^<]*)<', page)
    assert found, name
    return found.group(1)


def _refund_first_payment(engine: Engine, page: str, amount: int) -> None:
    payment_id = int(page.split('href="/shop/payments/', 1)[1].split('"', 1)[0])
    merchant = shop_id(engine, COFFEE_SHOP)
    write_transaction(
        engine,
        lambda c: merchant_pay.refund(
            c,
            merchant_id=merchant,
            payment_id=payment_id,
            amount=amount,
            idempotency_key="takings-test",
            actor="test",
        ),
    )


def test_todays_takings_add_up(demo_site: DemoSite) -> None:
    client = demo_site.client(COFFEE)
    page = client.get("/shop/takings").text
    assert (total(page, "count"), total(page, "sales")) == ("2", "80.00 เหรียญ")
    assert total(page, "net") == "80.00 เหรียญ"
    _refund_first_payment(demo_site.engine, page, 1_000)
    page = client.get("/shop/takings").text
    assert total(page, "refunds") == "10.00 เหรียญ"
    assert total(page, "net") == "70.00 เหรียญ"
    assert page.count('href="/shop/payments/') == 3  # two payments, one refund


def test_another_day_and_a_bad_day(demo_site: DemoSite) -> None:
    client = demo_site.client(COFFEE)
    yesterday = (in_thai_time(utc_now()) - timedelta(days=1)).date()
    page = client.get(f"/shop/takings?day={yesterday.isoformat()}").text
    assert (total(page, "count"), total(page, "sales")) == ("0", "0.00 เหรียญ")
    future = (in_thai_time(utc_now()) + timedelta(days=2)).date().isoformat()
    refused = client.get(f"/shop/takings?day={future}")
    assert refused.status_code == 422
    assert error_under(refused.text, "day") == "ยังไม่ถึงวันนั้น"
    assert total(refused.text, "count") == "2"  # today's, instead
    assert client.get("/shop/takings?day=yesterday").status_code == 422


def test_a_shop_sees_only_its_own_takings(demo_site: DemoSite) -> None:
    page = demo_site.client(PADAENG).get("/shop/takings").text
    assert (total(page, "count"), total(page, "sales")) == ("1", "85.00 เหรียญ")


def test_every_channel_is_shown_by_its_label_never_its_code(demo_site: DemoSite) -> None:
    page = demo_site.client(PADAENG).get("/shop/takings").text
    assert "QR ร้านหรือเลขร้าน" in page
    assert ">demo<" not in page
    assert ">shop_qr<" not in page


def test_each_channel_has_a_label() -> None:
    line = PaymentLine(1, utc_now(), 100, 0, 0, "unheard_of", "")
    assert line.channel_label == OTHER_CHANNEL
    for channel in ("merchant_qr", "customer_qr", "shop_qr", "event", "cli", "simulated"):
        assert channel in CHANNEL_LABELS
