"""Thai by default; the switch in the bar turns the pages English and the choice stays
(a cookie) across pages, logged in or not, until switched back. Dates follow: Buddhist
Era in Thai, Gregorian in English."""

from datetime import datetime

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import log_in
from thungngoen.thai import THAI_TIME
from thungngoen.wallet.demo import MEMBERS
from thungngoen.web.i18n import LANGUAGE_COOKIE, translate

pytestmark = pytest.mark.browser

ANAN = MEMBERS[1]
REQUIRED = "This field is required."


def _expect_language(page: Page, language: str, heading: str) -> None:
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("main h1")).to_have_text(translate(heading, language))


def _language_cookie(page: Page) -> str | None:
    found = [c for c in page.context.cookies() if c.get("name") == LANGUAGE_COOKIE]
    return found[0].get("value") if found else None


def test_thai_by_default_english_on_request_and_back(page: Page) -> None:
    page.goto("/login")
    _expect_language(page, "th", "Log in")
    assert translate("Log in", "th") != "Log in"
    assert _language_cookie(page) is None

    page.locator(".lang").get_by_role("link", name="English").click()
    page.wait_for_url("**/login")
    _expect_language(page, "en", "Log in")
    assert _language_cookie(page) == "en"

    page.locator("main").get_by_role("link", name="Sign up").click()
    _expect_language(page, "en", "Sign up")
    page.locator("form[action='/signup'] button[type=submit]").click()
    expect(page.locator("#e-phone")).to_have_text(REQUIRED)

    log_in(page, ANAN)
    _expect_language(page, "en", "My wallet")
    expect(page.locator("nav.menu")).to_contain_text("History")
    year = datetime.now(THAI_TIME).year
    page.goto("/wallet/history")
    expect(page.locator("#statement")).to_contain_text(str(year))
    expect(page.locator("#statement")).not_to_contain_text(str(year + 543))

    page.locator(".lang").get_by_role("link", name="ไทย").click()
    page.wait_for_url("**/wallet/history")
    _expect_language(page, "th", "History")
    expect(page.locator("#statement")).to_contain_text(str(year + 543))
    assert _language_cookie(page) == "th"
    page.goto("/wallet")
    _expect_language(page, "th", "My wallet")
    expect(page.locator("nav.menu")).to_contain_text(translate("History", "th"))
