"""The audit log on a 360 px phone, also at 150 % text size: each entry a Thai sentence,
its raw code and JSON one click away (a ``<details>``, no script)."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import assert_fits_phone, capture, log_in
from thungngoen.wallet.demo import OPERATOR

pytestmark = pytest.mark.browser


def test_the_audit_log_speaks_thai_with_the_raw_entry_behind_a_click(page: Page) -> None:
    log_in(page, OPERATOR)
    page.goto("/console/audit?action=merchant.approved")
    entry = page.locator("#audit-log .audit-entry").first
    expect(entry.locator("header .action")).to_have_text("อนุมัติร้านค้าแล้ว")
    raw = entry.locator("pre.raw-json")
    expect(raw).to_be_hidden()
    capture(page, "console-audit-sentences")

    entry.locator("details.raw-entry summary").click()
    expect(raw).to_be_visible()
    expect(raw).to_contain_text('"status": "approved"')
    expect(entry.locator("summary .action-code")).to_have_text("merchant.approved")
    assert_fits_phone(page)
    page.evaluate("document.documentElement.style.fontSize = '150%'")
    assert_fits_phone(page)
    capture(page, "console-audit-raw-150")
