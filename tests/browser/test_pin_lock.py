"""Five wrong PINs lock a member's payments, in the page, in Thai.

The server also limits wrong PINs per address (10 in 5 minutes, for every test of this
worker): this is the only browser test that types wrong PINs, six refusals in all.
"""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import log_in, submit
from tests.browser.server_db import shop_number
from tests.browser.support import LiveServer, screenshot
from thungngoen.auth.pins import MAX_ATTEMPTS
from thungngoen.wallet.demo import MEMBERS, PIN, SHOPS
from thungngoen.wallet.pages.member.explained import LAST_TRY, TRIES_LEFT
from thungngoen.web.i18n import translate

pytestmark = pytest.mark.browser

MANEE = MEMBERS[2]  # no other browser test pays as her
GROCERY = SHOPS[2][1]
WRONG_PIN = "135792"
LOCKED = translate("Payments are locked.", "th")


def _pay(page: Page, pin: str) -> None:
    form = page.locator("#pay-form")
    form.locator("#f-amount").fill("20")
    form.locator("#pin").fill(pin)
    submit(form)


def test_five_wrong_pins_lock_payments_and_then_the_right_pin_is_refused(
    page: Page, live_server: LiveServer
) -> None:
    assert WRONG_PIN != PIN
    poster = f"/pay/shop/{shop_number(live_server, GROCERY)}"
    log_in(page, MANEE)
    balance = page.locator("#balance").inner_text()
    # Another tab shows the same poster's form, opened before the lock.
    earlier = page.context.new_page()
    earlier.goto(poster)
    expect(earlier.locator("#pay-form")).to_be_visible()

    page.goto(poster)
    for attempt in range(1, MAX_ATTEMPTS):
        _pay(page, WRONG_PIN)
        left = MAX_ATTEMPTS - attempt
        said = (
            translate(TRIES_LEFT, "th").format(tries=left)
            if left > 1
            else translate(LAST_TRY, "th")
        )
        expect(page.locator("#e-pin")).to_have_text(said)  # the tries left before the lock
        expect(page.locator("#pin-locked")).to_have_count(0)
    _pay(page, WRONG_PIN)
    expect(page.locator("#pin-locked")).to_contain_text(LOCKED)
    expect(page.locator("#pay-form")).to_have_count(0)
    screenshot(page, "pay-pin-locked")

    _pay(earlier, PIN)
    expect(earlier.locator("#pin-locked")).to_contain_text(LOCKED)
    expect(earlier.locator("#pay-form")).to_have_count(0)
    assert "/wallet/receipts/" not in earlier.url

    page.goto("/wallet")
    expect(page.locator("#balance")).to_have_text(balance)
    expect(page.locator("#pin-locked")).to_contain_text(LOCKED)
    page.goto("/wallet/settings")
    expect(page.locator("#pin-locked")).to_be_visible()
    expect(page.locator("#pin-form")).to_have_count(0)
