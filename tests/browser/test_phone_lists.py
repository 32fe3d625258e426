"""Lists of money on a 360 x 740 phone, at 100 % and 150 % text size (decision 0033): the
wallet home, the history, the shop's refunds and promotions and the savings passbook show
every amount and running balance whole, inside the screen, with no sideways scrolling.
Screenshots: ``test-artifacts/screenshots/list-*``."""

from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import log_in
from tests.browser.support import PHONE, NewContext, screenshot
from thungngoen.savings.demo_data import TREASURER
from thungngoen.thai import thai_today
from thungngoen.wallet.demo import MEMBERS, SHOPS

pytestmark = pytest.mark.browser

SOMSRI = MEMBERS[0]
PADAENG = SHOPS[0][0]
DEFAULT_FONT_PX = 16

CELLS_CUT = """(selector) => {
  const table = document.querySelector(selector);
  const width = document.documentElement.clientWidth;
  const problems = [];
  for (const cell of table.querySelectorAll("tbody td.num, tbody .money")) {
    const text = cell.innerText.trim();
    if (!text) continue;
    const box = cell.getBoundingClientRect();
    const style = getComputedStyle(cell);
    if (style.display === "none" || style.visibility !== "visible" || box.width === 0) {
      problems.push(`hidden: ${text}`);
    } else if (box.left < 0 || box.right > width + 0.5) {
      problems.push(`outside the screen (${box.left}-${box.right} of ${width}): ${text}`);
    } else if (cell.scrollWidth > cell.clientWidth) {
      problems.push(`cut (${cell.scrollWidth} > ${cell.clientWidth}): ${text}`);
    }
  }
  for (let box = table; box; box = box.parentElement) {
    if (box.scrollWidth > box.clientWidth + 0.5) problems.push(`scrolls sideways: ${box.tagName}`);
  }
  return problems;
}"""


def _set_text_size(page: Page, percent: int) -> None:
    """The browser's own text-size setting, as a user who reads large text sets it."""
    size = DEFAULT_FONT_PX * percent // 100
    session = page.context.new_cdp_session(page)
    session.send("Page.setFontSizes", {"fontSizes": {"standard": size, "fixed": size}})


def _check(page: Page, path: str, table: str, name: str) -> None:
    page.goto(path)
    rows = page.locator(f"{table} tbody tr")
    expect(rows.first).to_be_visible()
    amounts = page.locator(f"{table} tbody td.num, {table} tbody .money")
    assert amounts.count() > 0, path
    problems = page.evaluate(CELLS_CUT, table)
    assert problems == [], f"{path}: {problems}"
    width: int = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{path} is {width} px wide"
    screenshot(page, name)


def _future_promotion(page: Page) -> None:
    """A promotion far ahead, above any spend: it shows in the list, never discounts the
    payments of the other browser tests (they share the server)."""
    page.goto("/shop/promotions")
    if page.locator("#promotion-list tbody tr").count():
        return
    form = page.locator("#promotion-form")
    form.locator("input[name=kind][value=percent]").check()
    form.locator("#f-percent").fill("5")
    form.locator("#f-cap").fill("1,000")
    form.locator("#f-min_spend").fill("99,999")
    starts = thai_today() + timedelta(days=300)
    form.locator("#f-starts").fill(starts.isoformat())
    form.locator("#f-ends").fill((starts + timedelta(days=7)).isoformat())
    form.locator("button[type=submit]").click()
    expect(page.locator("#promotion-list tbody tr").first).to_be_visible()


@pytest.mark.parametrize("percent", [100, 150])
def test_money_lists_fit_a_phone(new_context: NewContext, percent: int) -> None:
    suffix = "" if percent == 100 else f"-text{percent}"
    member = new_context(PHONE).new_page()
    log_in(member, SOMSRI)
    _set_text_size(member, percent)
    _check(member, "/wallet", "#statement", f"list-wallet-home{suffix}")
    balances = member.locator("#statement td.balance-after")
    expect(balances.first).to_be_visible()  # the running balance is not hidden on a phone
    _check(member, "/wallet/history", "#statement", f"list-history{suffix}")

    shop = new_context(PHONE).new_page()
    log_in(shop, PADAENG)
    _set_text_size(shop, percent)
    _check(shop, "/shop/refunds", "#refund-payments", f"list-refunds{suffix}")
    _future_promotion(shop)
    _check(shop, "/shop/promotions", "#promotion-list", f"list-promotions{suffix}")

    treasurer = new_context(PHONE).new_page()
    log_in(treasurer, TREASURER)
    _set_text_size(treasurer, percent)
    treasurer.goto("/savings")
    passbook = treasurer.locator("a[href^='/savings/passbooks/']").first.get_attribute("href")
    assert passbook
    _check(treasurer, passbook, "#passbook-lines", f"list-passbook{suffix}")


def test_on_a_desktop_the_lists_stay_tables(desktop_page: Page) -> None:
    log_in(desktop_page, SOMSRI)
    desktop_page.goto("/wallet/history")
    expect(desktop_page.locator("#statement thead")).to_be_visible()
    display = desktop_page.locator("#statement tbody tr").first.evaluate(
        "row => getComputedStyle(row).display"
    )
    assert display == "table-row"
