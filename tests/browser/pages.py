"""What the browser tests do again and again: log in, read the money a page shows, and
take a page's screenshots at phone and desktop size."""

import re

from playwright.sync_api import Locator, Page, ViewportSize, expect

from tests.browser.support import DESKTOP, PHONE, screenshot
from thungngoen.money import format_money, parse_baht
from thungngoen.wallet.demo import Login
from thungngoen.web.sessions import HOME_BY_ROLE


def log_in(page: Page, login: Login) -> None:
    """Log in through the login form; the page ends on the role's home."""
    log_in_all((page, login))


def log_in_all(*people: tuple[Page, Login]) -> None:
    """Log several people in at once, each on their own page (the forms load and post
    side by side; each fill waits for its own page)."""
    for page, _login in people:
        page.goto("/login", wait_until="commit")
    for page, login in people:
        page.locator("#f-phone").fill(login.phone)
        page.locator("#f-password").fill(login.password)
        page.locator("form[action='/login'] button[type=submit]").click()
    for page, login in people:
        page.wait_for_url(re.compile(re.escape(HOME_BY_ROLE[login.role]) + "$"))


def baht(satang: int) -> str:
    """How the pages write an amount of baht: ``1,234.50 บาท``."""
    return format_money(satang, "THB")


def coin(satang: int) -> str:
    """How the pages write an amount of coin: ``1,234.50 เหรียญ``."""
    return format_money(satang, "SKC")


def satang_of(locator: Locator) -> int:
    """The amount a figure carries in its ``data-satang`` attribute."""
    expect(locator).to_have_attribute("data-satang", re.compile(r"^-?\d+$"))
    return int(locator.get_attribute("data-satang") or "")


def amount_shown(locator: Locator) -> int:
    """The satang of an amount a page writes out, like ``1,234.50 เหรียญ``."""
    return parse_baht(locator.inner_text().split()[0])


def submit(form: Locator) -> None:
    """Press the form's submit button; returns once the answer page has loaded (the
    click itself only waits for the answer to start arriving)."""
    form.locator("button[type=submit]").first.click()
    form.page.wait_for_load_state()


def page_width(page: Page) -> int:
    width: int = page.evaluate("document.documentElement.scrollWidth")
    return width


def _viewport(size: dict[str, int]) -> ViewportSize:
    return {"width": size["width"], "height": size["height"]}


def assert_fits_phone(page: Page) -> None:
    """Nothing sticks out sideways on a 360 px phone: no horizontal scrolling."""
    assert page.viewport_size == _viewport(PHONE), page.viewport_size
    width = page_width(page)
    assert width <= PHONE["width"], f"{page.url} is {width} px wide on a phone"


def capture(page: Page, name: str) -> None:
    """Check the page fits a phone, then save its screenshot at phone and desktop size
    (``test-artifacts/screenshots/<name>-360x740.png`` and ``-1280x800.png``)."""
    page.wait_for_load_state()  # the stylesheets too: a form's answer may still be loading
    size = page.viewport_size
    page.set_viewport_size(_viewport(PHONE))
    assert_fits_phone(page)
    screenshot(page, name)
    page.set_viewport_size(_viewport(DESKTOP))
    screenshot(page, name)
    if size is not None:
        page.set_viewport_size(size)
