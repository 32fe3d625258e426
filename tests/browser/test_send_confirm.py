"""Sending coin as a member does it on a phone: the form, the confirmation with the
recipient's name and masked phone, the PIN, the receipt; at 360 x 740 and with the text
at 150 %, never wider than the screen. Screenshots of each step go to
``test-artifacts/screenshots/send-*``."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import coin, log_in, submit
from tests.browser.server_db import new_member
from tests.browser.support import PHONE, LiveServer, screenshot
from thungngoen.wallet.demo import MEMBERS, PIN

pytestmark = pytest.mark.browser

ANAN = MEMBERS[1]  # no browser test checks her balance to the satang
DEFAULT_FONT_PX = 16
TEXT_SIZES = {100: "0870000101", 150: "0870000102"}
"""Text size in percent → the phone of a member made for that run to receive the coin."""


def _set_text_size(page: Page, percent: int) -> None:
    """The browser's own text-size setting (as a user who reads large text sets it): the
    default font grows, the page's CSS is left as it is (no style injected: the CSP)."""
    size = DEFAULT_FONT_PX * percent // 100
    session = page.context.new_cdp_session(page)
    session.send("Page.setFontSizes", {"fontSizes": {"standard": size, "fixed": size}})


def _fits_the_phone(page: Page) -> None:
    page.wait_for_load_state()
    assert page.viewport_size == PHONE
    width: int = page.evaluate("document.documentElement.scrollWidth")
    inner: int = page.evaluate("window.innerWidth")
    assert width <= inner, f"{page.url} is {width} px wide in a {inner} px window"


def _step(page: Page, name: str) -> None:
    _fits_the_phone(page)
    screenshot(page, name)


@pytest.mark.parametrize("percent", sorted(TEXT_SIZES))
def test_send_confirm_pin_receipt_on_a_phone(
    page: Page, live_server: LiveServer, percent: int
) -> None:
    phone = TEXT_SIZES[percent]
    name = f"ผู้รับ ทดสอบ{percent}"
    new_member(live_server, phone, name)
    log_in(page, ANAN)
    _set_text_size(page, percent)
    if percent != 100:
        root_px = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
        assert root_px == DEFAULT_FONT_PX * percent / 100  # the setting took
    suffix = "" if percent == 100 else f"-text{percent}"

    page.goto("/wallet/send")
    page.locator("#f-to_phone").fill(phone)
    page.locator("#f-amount").fill("1,25.5")
    submit(page.locator("#send-form"))
    expect(page.locator("#e-amount")).to_be_visible()
    expect(page.locator("#f-amount")).to_have_value("1,25.5")  # refused, not read as 125.50
    _step(page, f"send-refused{suffix}")

    page.locator("#f-amount").fill("12.50")
    page.locator("#f-memo").fill("ค่าขนม")
    submit(page.locator("#send-form"))
    expect(page.locator("#recipient-name")).to_have_text(name)
    expect(page.locator("#recipient-phone")).to_have_text(f"{phone[:3]}-xxx-{phone[-4:]}")
    expect(page.locator("#amount")).to_have_text(coin(1_250))
    _step(page, f"send-confirm{suffix}")

    page.locator("#pin").fill(PIN)
    submit(page.locator("#confirm-form"))
    expect(page.locator("#receipt")).to_be_visible()
    expect(page.locator("#receipt")).to_contain_text(name)
    _step(page, f"send-receipt{suffix}")
