"""The inbox on a 360 px phone and at 150 % text (issue 14): the header counts the unread
messages, the inbox lists them in Thai, opening one marks it read and follows its link,
and the settings page fits the phone."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import assert_fits_phone, capture, log_in
from tests.browser.support import screenshot
from thungngoen.wallet.demo import MEMBERS

pytestmark = pytest.mark.browser

ANAN = MEMBERS[1]  # other browser tests only read her balance


def _at_large_text(page: Page, name: str) -> None:
    page.evaluate("document.documentElement.style.fontSize = '150%'")
    assert_fits_phone(page)
    screenshot(page, name)
    page.evaluate("document.documentElement.style.fontSize = ''")


def test_the_inbox_counts_lists_and_opens_messages(page: Page) -> None:
    log_in(page, ANAN)
    badge = page.locator("#unread-count")
    expect(badge).to_be_visible()
    unread = int(badge.inner_text())
    assert unread >= 1  # at least this log-in's security notice
    page.locator("a.inbox-link").click()
    page.wait_for_url("**/inbox")
    newest = page.locator("#inbox li").first
    expect(newest).to_contain_text("มีการเข้าสู่ระบบ")
    capture(page, "inbox")
    _at_large_text(page, "inbox-150")
    newest.locator("button[type=submit]").click()
    page.wait_for_url("**/wallet/settings")
    left = page.locator("#unread-count")
    if unread == 1:
        expect(left).to_have_count(0)
    else:
        expect(left).to_have_text(str(unread - 1))


def test_the_notification_settings_fit_a_phone(page: Page) -> None:
    log_in(page, ANAN)
    page.goto("/inbox/settings")
    expect(page.locator("#preferences-form")).to_be_visible()
    capture(page, "inbox-settings")
    _at_large_text(page, "inbox-settings-150")


def test_my_digest_so_far_fits_a_phone(page: Page) -> None:
    log_in(page, ANAN)
    page.goto("/inbox")
    page.locator("#inbox-digest").click()
    page.wait_for_url("**/inbox/digest")
    expect(page.locator("#digest-wallet-money")).to_contain_text("ยอดคงเหลือ")
    capture(page, "inbox-digest")
    _at_large_text(page, "inbox-digest-150")
