"""Offline, the wallet shows the last balance and movements this phone saw, with the
moment it saw them, and says they may not be current; logging out forgets them
(decision 0036)."""

import re

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from tests.browser.pages import capture, log_in
from tests.browser.support import PHONE, NewContext
from thungngoen.wallet.demo import MEMBERS
from thungngoen.web.i18n import translate

pytestmark = pytest.mark.browser

MANEE = MEMBERS[2]  # read only here: the balance is the one the same home page showed
KEY = "thungngoen.offline-summary"
NOT_CURRENT = translate(
    "This may not be current: it is what this phone saw when it was last online.", "th"
)
THAI_MOMENT = re.compile(r"^ณ \d{1,2} \S+ 25\d\d \d\d:\d\d$")  # Buddhist Era, Thai time


def _online_home(context: BrowserContext) -> tuple[Page, str, int]:
    page = context.new_page()
    log_in(page, MANEE)
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    balance = page.locator("#balance").inner_text()
    shown = page.locator("#recent [data-transfer]").count()
    assert page.evaluate(f"localStorage.getItem('{KEY}') !== null")
    return page, balance, shown


def test_offline_page_shows_the_last_known_balance_and_logout_forgets_it(
    new_context: NewContext,
) -> None:
    context = new_context(PHONE)
    page, balance, shown = _online_home(context)

    context.set_offline(True)
    page.goto("/wallet/history")
    last_known = page.locator("#last-known")
    expect(last_known).to_be_visible()
    expect(page.locator("#last-known-balance")).to_have_text(balance)
    expect(page.locator("#last-known-as-of")).to_have_text(THAI_MOMENT)
    expect(page.locator("#last-known-warning")).to_have_text(NOT_CURRENT)
    expect(page.locator("#last-known-lines li")).to_have_count(shown)
    assert shown > 0
    capture(page, "offline-last-known")

    context.set_offline(False)
    page.goto("/wallet")
    page.locator("form[action='/logout'] button[type=submit]").click()
    page.wait_for_load_state()
    assert page.evaluate(f"localStorage.getItem('{KEY}')") is None
    context.set_offline(True)
    page.goto("/wallet")
    expect(page.locator("h1")).to_have_text("ไม่มีการเชื่อมต่ออินเทอร์เน็ต")
    expect(last_known).to_be_hidden()
    capture(page, "offline-after-logout")
    context.set_offline(False)
