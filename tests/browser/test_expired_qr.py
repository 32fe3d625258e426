"""A till's QR that has expired, or was tampered with, is refused in the page: the member
sees why in Thai, gets no PIN form, and nothing is paid."""

from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect

from tests.browser.camera import Camera
from tests.browser.pages import log_in
from tests.browser.server_db import payment_request, shop_number
from tests.browser.support import PHONE, LiveServer, NewContext, screenshot
from thungngoen.wallet.demo import MEMBERS, SHOPS
from thungngoen.web.error_messages import THAI_BY_CODE

pytestmark = pytest.mark.browser

ANAN = MEMBERS[1]
COFFEE_OWNER, COFFEE, _category = SHOPS[1]


def _expect_refused(page: Page, code: str) -> None:
    expect(page.locator("#refused")).to_be_visible()
    expect(page.locator("#refusal-reason")).to_have_text(THAI_BY_CODE[code])
    expect(page.locator("#pay-form")).to_have_count(0)


def test_an_expired_till_qr_is_refused_when_scanned(
    page: Page, new_context: NewContext, live_server: LiveServer, camera: Camera
) -> None:
    shop = shop_number(live_server, COFFEE)
    expired = payment_request(
        live_server,
        shop,
        4_500,
        reference="โต๊ะ 2",
        made_ago=timedelta(minutes=20),
        lifetime=timedelta(minutes=15),
    )
    log_in(page, ANAN)
    balance = page.locator("#balance").inner_text()

    link = f"{live_server.url}/pay/{expired.token}"
    camera.show(link)
    page.goto("/wallet/scan")
    page.locator("#scan-start").click()
    page.wait_for_url(lambda url: url == link)
    _expect_refused(page, "expired_token")
    screenshot(page, "pay-refused-expired")

    tampered = expired.token[:-2] + ("AA" if expired.token[-2:] != "AA" else "BB")
    page.goto(f"/pay/{tampered}")
    _expect_refused(page, "tampered_token")

    page.goto("/wallet")
    expect(page.locator("#balance")).to_have_text(balance)

    till = new_context(PHONE).new_page()
    log_in(till, COFFEE_OWNER)
    till.goto(f"/shop/requests/{expired.id}")
    expect(till.locator("#till-status [data-state]")).to_have_attribute("data-state", "expired")
