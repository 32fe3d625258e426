"""Who may open the shop pages: the merchant, on their own shop only."""

import pytest

from tests.wallet.pages.shop.helpers import COFFEE, COFFEE_SHOP, PADAENG, PADAENG_SHOP, shop_number
from tests.web.conftest import DemoSite
from tests.web.helpers import assert_closed_to, post_form, shop_id
from thungngoen.wallet.demo import AGENT, AUDITOR, MEMBERS, OPERATOR

PAGES = (
    "/shop",
    "/shop/takings",
    "/shop/refunds",
    "/shop/promotions",
    "/shop/redeem",
    "/shop/poster",
)


@pytest.mark.parametrize("path", PAGES)
def test_each_page_shows_the_merchants_own_shop_only(demo_site: DemoSite, path: str) -> None:
    page = demo_site.client(PADAENG).get(path)
    assert page.status_code == 200
    assert PADAENG_SHOP in page.text
    assert COFFEE_SHOP not in page.text
    assert shop_number(page.text) == shop_id(demo_site.engine, PADAENG_SHOP)


def test_other_roles_are_refused_and_strangers_sent_to_log_in(demo_site: DemoSite) -> None:
    assert_closed_to(demo_site, (MEMBERS[0], AGENT, OPERATOR, AUDITOR), PAGES)


def test_a_merchant_cannot_switch_to_another_merchants_shop(demo_site: DemoSite) -> None:
    client = demo_site.client(PADAENG)
    other = str(shop_id(demo_site.engine, COFFEE_SHOP))
    refused = post_form(client, "/shop/choose", {"shop_id": other}, page="/shop")
    assert refused.status_code == 404
    client.cookies.set("tn_shop", other)
    assert COFFEE_SHOP not in client.get("/shop/takings").text


def test_a_payment_receipt_of_another_shop_is_not_found(demo_site: DemoSite) -> None:
    coffee = demo_site.client(COFFEE)
    takings = coffee.get("/shop/takings").text
    payment_link = takings.split('href="/shop/payments/', 1)[1].split('"', 1)[0]
    assert coffee.get(f"/shop/payments/{payment_link}").status_code == 200
    stranger = demo_site.client(PADAENG).get(f"/shop/payments/{payment_link}")
    assert stranger.status_code == 404
