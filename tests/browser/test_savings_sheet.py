"""The treasurer enters a month's meeting sheet on a tablet with the keyboard only (Enter
along the row, Space for who is absent, Ctrl+Enter to post), watches the column totals
follow, and reads the posted totals on the monthly report (posting twice is checked in
``tests/savings/pages``). Screenshots: the sheet, a
member's passbook, the federation view."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import capture, log_in
from tests.browser.server_db import new_savings_group
from tests.browser.support import LiveServer, NewContext
from thungngoen.savings.demo_data import TREASURER

pytestmark = pytest.mark.browser

TABLET = {"width": 768, "height": 1024}


def _type_row(page: Page, *keys: str) -> None:
    """Type into the boxes of a row one after another: each entry is what to type (or
    a key to press) before Enter moves on."""
    for key in keys:
        if key in ("Space", "Backspace"):
            page.keyboard.press(key)
        elif key:
            page.keyboard.type(key)
        page.keyboard.press("Enter")


def test_the_treasurer_enters_a_sheet_with_the_keyboard(
    new_context: NewContext, live_server: LiveServer
) -> None:
    group = new_savings_group(live_server, "browser-sheet", TREASURER.phone)
    page = new_context(TABLET).new_page()
    log_in(page, TREASURER)
    page.goto("/savings")
    page.locator(f"#sheet-link-{group.id}").click()
    expect(page.locator("h1")).to_have_text("ใบบันทึกการประชุม")
    expect(page.locator("[data-total=commitment]")).to_have_text("80.00")  # 4 × 20 baht

    rows = page.locator("#sheet tbody tr")
    expect(rows).to_have_count(4)
    rows.nth(0).locator("input[type=checkbox]").focus()
    # present, commitment, voluntary, welfare, fine, withdrawal — then the next row.
    _type_row(page, "", "", "150", "", "", "")  # the treasurer adds 150 baht
    _type_row(page, "Space", "Backspace", "", "Backspace", "", "")  # absent, paid nothing
    _type_row(page, "", "", "", "", "5", "")  # late: a 5-baht fine
    expect(page.locator("[data-total=commitment]")).to_have_text("60.00")
    expect(page.locator("[data-total=voluntary]")).to_have_text("150.00")
    expect(page.locator("[data-total=welfare]")).to_have_text("30.00")
    expect(page.locator("[data-total=fine]")).to_have_text("5.00")
    expect(page.locator("#total-in")).to_have_text("245.00")
    expect(page.locator("#cash-after")).to_have_text("245.00")
    capture(page, "savings-sheet")

    rows.nth(3).locator("input[name$='.withdrawal']").focus()
    page.keyboard.press("Enter")  # on to the first expense: nothing spent this month
    expect(page.locator("input[name='expense0.amount']")).to_be_focused()
    page.keyboard.press("Control+Enter")
    page.wait_for_url("**/savings/meetings/*")
    expect(page.locator("#flash")).to_contain_text("บันทึกการประชุมแล้ว")
    expect(page.locator("#total-commitment")).to_have_attribute("data-satang", "6000")
    expect(page.locator("#total-voluntary")).to_have_attribute("data-satang", "15000")
    expect(page.locator("#meeting-in")).to_have_attribute("data-satang", "24500")
    expect(page.locator("#meeting-present")).to_have_text("3 / 4")
    expect(page.locator("#meeting-lines")).to_contain_text("browser-sheet/00003")


def test_screens_of_the_passbook_and_the_federation(page: Page) -> None:
    log_in(page, TREASURER)
    page.goto("/savings")
    page.locator("a[href^='/savings/passbooks/']").first.click()
    expect(page.locator("#passbook-lines tbody tr").first).to_be_visible()
    expect(page.locator("#passbook-words")).to_contain_text("บาท")
    capture(page, "savings-passbook")
    page.goto("/savings/federation")
    expect(page.locator("#fed-groups")).not_to_have_text("0")
    capture(page, "savings-federation")
