"""Screenshots (phone and desktop, each checked to fit a phone) of the shop's pages and
the operator's money pages: programs, voucher batches and their sheet, bank statements
and their reconciliation, payout batches."""

from datetime import datetime, timedelta

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import capture, log_in, submit
from tests.browser.support import PHONE, NewContext
from thungngoen.thai import THAI_TIME
from thungngoen.wallet.demo import MEMBERS, OPERATOR, SHOPS

pytestmark = pytest.mark.browser

COFFEE_OWNER = SHOPS[1][0]
GROCERY_OWNER = SHOPS[2][0]  # redeems here so that a community fund can pay vouchers
ANAN = MEMBERS[1]  # asks for a PromptPay top-up that the statement does not match


def test_shop_pages(page: Page) -> None:
    log_in(page, COFFEE_OWNER)
    capture(page, "shop-till")
    page.locator("#amount").fill("45")
    page.locator("#f-reference").fill("โต๊ะ 4")
    submit(page.locator("#till-form"))
    expect(page.locator("#till-qr svg")).to_be_visible()
    expect(page.locator("#till-status [data-state]")).to_have_attribute("data-state", "pending")
    capture(page, "shop-till-qr")
    for name in ("takings", "refunds", "promotions", "redeem", "poster"):
        page.goto(f"/shop/{name}")
        capture(page, f"shop-{name}")


def _redeem_for_a_fund(page: Page) -> str:
    """The grocery redeems 100 baht; its fee goes to the fund returned."""
    log_in(page, GROCERY_OWNER)
    page.goto("/shop/redeem")
    form = page.locator("#redeem-form")
    form.locator("#f-amount").fill("100")
    fund = form.locator("input[name=fund_code]").first
    fund.check()
    submit(form)
    expect(page.locator("#payout-list [data-status=queued]").first).to_be_visible()
    return fund.get_attribute("value") or ""


def _ask_for_a_promptpay_topup(page: Page) -> None:
    log_in(page, ANAN)
    page.goto("/wallet/topup")
    page.locator("#f-amount").fill("150")
    submit(page.locator("#topup-form"))
    expect(page.locator("#topup-reference")).to_be_visible()


def _statement_csv() -> bytes:
    today = datetime.now(THAI_TIME).date().isoformat()
    header = "date,time,amount,description,reference,bank_ref\n"
    return f"{header}{today},09:30,777.77,โอนเงินพร้อมเพย์,,SCREENS-1\n".encode()


def test_console_money_pages(page: Page, new_context: NewContext) -> None:
    fund = _redeem_for_a_fund(new_context(PHONE).new_page())
    _ask_for_a_promptpay_topup(new_context(PHONE).new_page())
    log_in(page, OPERATOR)
    page.goto("/console/programs")
    capture(page, "console-programs")
    page.locator("#program-list tbody a").first.click()
    expect(page.locator("#program-rules")).to_be_visible()
    capture(page, "console-program")

    page.goto("/console/vouchers")
    page.locator("#f-name").fill("งานบุญเดือนสิบ")
    page.locator("#f-value").fill("2")
    page.locator("#f-count").fill("2")
    last_day = datetime.now(THAI_TIME).date() + timedelta(days=30)
    page.locator("#f-expires_on").fill(last_day.isoformat())
    page.locator("#f-fund_code").select_option(fund)
    submit(page.locator("#voucher-issue form"))
    expect(page.locator("#voucher-sheet .voucher-card")).to_have_count(2)
    capture(page, "console-voucher-sheet")
    page.goto("/console/vouchers")
    capture(page, "console-vouchers")

    page.goto("/console/statements")
    page.locator("#f-statement").set_input_files(
        {"name": "statement.csv", "mimeType": "text/csv", "buffer": _statement_csv()}
    )
    submit(page.locator("#statement-upload"))
    expect(page.locator("#import-report")).to_be_visible()
    expect(page.locator("#unmatched-lines .statement-line").first).to_be_visible()
    expect(page.locator("#open-requests")).to_contain_text(ANAN.name)
    capture(page, "console-statements")

    page.goto("/console/payouts")
    capture(page, "console-payouts")
    submit(page.locator("#create-payout-batch"))
    expect(page.locator("#download-payout-file")).to_be_visible()
    capture(page, "console-payout-batch")
