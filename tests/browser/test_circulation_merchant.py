"""A shop's circulation page in a real browser: the operator drills down from the
report's shops, and the page fits a phone, its day-by-day table scrolling inside its own
box. Screenshot: the shop's page."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import assert_fits_phone, capture, log_in, satang_of
from thungngoen.wallet.demo import OPERATOR

pytestmark = pytest.mark.browser


def test_the_operator_drills_down_to_a_shop(page: Page) -> None:
    log_in(page, OPERATOR)
    page.goto("/console/circulation")
    first_shop = page.locator("#top-merchants tbody tr td a").first
    name = (first_shop.text_content() or "").strip()
    first_shop.click()
    expect(page).to_have_url(re.compile(r"/console/circulation/merchant/\d+$"))
    expect(page.locator("h1")).to_have_text(name)
    assert satang_of(page.locator("#total-received")) > 0
    assert page.locator("#series tbody tr").count() >= 1
    assert_fits_phone(page)
    box = page.locator("#series-card .table-scroll")
    assert box.evaluate("box => box.scrollWidth > box.clientWidth"), "the table fits: no test"
    capture(page, "circulation-merchant")
    page.locator("#report-link").click()
    expect(page).to_have_url(re.compile(r"/console/circulation$"))
