"""Issue 13: the operator records a donation into a community fund on a 360 px phone and
prints its receipt (ใบเสร็จรับเงิน): the amount in Thai words, the Buddhist-era date; the
form and the receipt fit the phone at 150 % text size too."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import assert_fits_phone, capture, log_in, submit
from thungngoen.wallet.demo import OPERATOR

pytestmark = pytest.mark.browser


def _fits_at_large_text(page: Page) -> None:
    page.evaluate("document.documentElement.style.fontSize = '150%'")
    assert_fits_phone(page)
    page.evaluate("document.documentElement.style.fontSize = ''")


def test_a_donation_and_its_receipt_on_a_phone(page: Page) -> None:
    log_in(page, OPERATOR)
    page.goto("/console/funds")
    form = page.locator("#gift-form")
    expect(form).to_be_visible()
    form.locator("#f-fund").select_option("welfare")
    form.locator("#f-kind").select_option("donation")
    form.locator("#f-amount").fill("2,500")
    form.locator("#f-donor").fill("มูลนิธิชุมชนบ่อยาง")
    form.locator("#f-reference").fill("KTB-0412")
    capture(page, "fund-gift-form")
    _fits_at_large_text(page)
    submit(form)
    expect(page.locator("#receipt")).to_be_visible()
    expect(page.locator("#receipt-words")).to_have_text("(สองพันห้าร้อยบาทถ้วน)")
    expect(page.locator("#receipt-donor")).to_have_text("มูลนิธิชุมชนบ่อยาง")
    expect(page.locator("#receipt-date")).to_contain_text("25")  # 25xx, the Buddhist Era
    expect(page.locator("#receipt")).to_contain_text("ใบเสร็จรับเงิน")
    capture(page, "fund-gift-receipt")
    _fits_at_large_text(page)
    page.locator("#fund-statement").click()
    expect(page.locator("#movements")).to_contain_text("มูลนิธิชุมชนบ่อยาง")
    capture(page, "fund-statement")
    _fits_at_large_text(page)
