"""axe-core (WCAG 2.1 A and AA) finds nothing on the main pages of every role, at 360 px
and at desktop width (issue 13, decision 0038). A failure names the page, the width, the
rule, its impact and the elements. What axe cannot judge is in test_accessibility.py."""

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.browser.axe import report, violations
from tests.browser.pages import log_in, submit
from tests.browser.server_db import payment_request, shop_number
from tests.browser.support import DESKTOP, PHONE, LiveServer
from thungngoen.community.demo_data import COORDINATOR
from thungngoen.savings.demo_data import TREASURER
from thungngoen.wallet.demo import AGENT, MEMBERS, OPERATOR, SHOPS

pytestmark = pytest.mark.browser

ANAN = MEMBERS[1]  # other browser tests only read her balance
COFFEE_OWNER, COFFEE, _category = SHOPS[1]

Found = dict[str, list[dict[str, Any]]]


class Axe:
    """Runs axe on a page at phone and desktop width and keeps what it found."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.found: Found = {}

    def check(self, path: str = "") -> None:
        """Open ``path`` (or stay on the page) and run axe at both widths."""
        if path:
            self.page.goto(path)
        for size in (PHONE, DESKTOP):
            self.page.set_viewport_size({"width": size["width"], "height": size["height"]})
            broken = violations(self.page)
            if broken:
                where = self.page.url.split("//", 1)[-1].split("/", 1)[-1]
                self.found[f"/{where} @{size['width']}px"] = broken
        self.page.set_viewport_size({"width": PHONE["width"], "height": PHONE["height"]})

    def assert_clean(self) -> None:
        assert not self.found, "axe found:\n" + report(self.found)


def test_public_pages(page: Page) -> None:
    axe = Axe(page)
    for path in ("/login", "/signup", "/circulation"):
        axe.check(path)
    page.goto("/signup")
    submit(page.locator("form[action='/signup']"))
    expect(page.locator("#e-phone")).to_be_visible()
    axe.check()
    axe.assert_clean()


def test_member_pages(page: Page, live_server: LiveServer) -> None:
    axe = Axe(page)
    log_in(page, ANAN)
    for path in ("/wallet", "/wallet/send", "/wallet/history", "/wallet/topup"):
        axe.check(path)
    page.goto("/wallet/send")
    page.locator("#f-to_phone").fill(MEMBERS[0].phone)
    page.locator("#f-amount").fill("1")
    submit(page.locator("#send-form"))
    expect(page.locator("#recipient-name")).to_be_visible()
    axe.check()
    page.goto("/wallet/history")
    page.locator("#statement a").first.click()
    expect(page.locator("#receipt")).to_be_visible()
    axe.check()
    page.goto("/wallet/topup")
    page.locator("#f-amount").fill("100")
    submit(page.locator("#topup-form"))
    expect(page.locator("#topup-qr-picture")).to_be_visible()
    axe.check()
    asked = payment_request(live_server, shop_number(live_server, COFFEE), 4_500)
    for path in (f"/pay/{asked.token}", "/wallet/vouchers", "/wallet/settings", "/wallet/scan"):
        axe.check(path)
    axe.check("/inbox/digest")
    axe.assert_clean()


def test_shop_and_agent_pages(page: Page) -> None:
    axe = Axe(page)
    log_in(page, COFFEE_OWNER)
    for name in ("", "/takings", "/refunds", "/promotions", "/respend", "/redeem", "/poster"):
        axe.check(f"/shop{name}")
    page.context.clear_cookies()
    log_in(page, AGENT)
    for path in ("/agent", "/agent/float", "/agent/closing"):
        axe.check(path)
    axe.assert_clean()


def test_operator_pages(page: Page) -> None:
    axe = Axe(page)
    log_in(page, OPERATOR)
    for name in (
        "",
        "/people",
        "/merchants",
        "/agents",
        "/audit",
        "/payouts",
        "/programs",
        "/vouchers",
        "/statements",
        "/funds",
        "/circulation",
    ):
        axe.check(f"/console{name}")
    axe.assert_clean()


def test_treasurer_pages(page: Page) -> None:
    axe = Axe(page)
    log_in(page, TREASURER)
    axe.check("/savings")
    loans = page.locator("a[href$='/loans']").first.get_attribute("href") or ""
    passbook = page.locator("a[href^='/savings/passbooks/']").first.get_attribute("href") or ""
    page.locator("[id^=sheet-link-]").first.click()
    expect(page.locator("h1")).to_have_text("ใบบันทึกการประชุม")
    axe.check()
    for path in (loans, passbook, "/savings/federation"):
        axe.check(path)
    axe.assert_clean()


def test_community_data_pages(page: Page) -> None:
    axe = Axe(page)
    axe.check("/data")
    profile = page.locator("#community-list a").first.get_attribute("href") or ""
    for path in (profile, "/data/organisations"):
        axe.check(path)
    log_in(page, COORDINATOR)
    axe.check(profile)
    household = page.locator("#profile-household-list a").first.get_attribute("href") or ""
    axe.check(household)
    person = page.locator("#household-persons a").first.get_attribute("href") or ""
    for path in (person, "/data/search?q=0"):
        axe.check(path)
    axe.assert_clean()


def test_axe_names_the_rule_and_the_element(page: Page) -> None:
    """The check can fail: a field planted without a label is reported by rule and place."""
    page.goto("/login")
    page.evaluate(
        """() => { const field = document.createElement('input');
          field.id = 'planted'; document.querySelector('main').append(field); }"""
    )
    found = {"/login": violations(page)}
    assert "label" in [rule["id"] for rule in found["/login"]]
    assert "/login: label (critical): " in report(found)
    assert "#planted" in report(found)
