"""A member topping up from the same phone: at 360 px the PromptPay QR is a picture that
loaded, fits the screen and can be downloaded; the share button shows only where the
browser can share a file."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import log_in
from tests.browser.support import screenshot
from thungngoen.wallet.demo import MEMBERS

pytestmark = pytest.mark.browser

MALI = MEMBERS[2]  # asking for a top-up moves no money: other tests' balances hold

CAN_SHARE_FILES = """() => typeof navigator.share === "function"
  && typeof navigator.canShare === "function"
  && navigator.canShare({files: [new File([new Uint8Array(0)], "a.png", {type: "image/png"})]})"""


def test_the_topup_qr_is_a_picture_to_save_or_share_on_a_phone(page: Page) -> None:
    log_in(page, MALI)
    page.goto("/wallet/topup")
    page.locator("#f-amount").fill("75")
    page.locator("#topup-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/wallet/topup/\d+$"))

    picture = page.locator("#topup-qr-picture")
    expect(picture).to_be_visible()
    assert picture.evaluate("img => img.complete && img.naturalWidth") == 480
    box = picture.bounding_box()
    assert box is not None
    assert box["x"] >= 0
    assert box["x"] + box["width"] <= 360
    save = page.locator("#topup-save")
    expect(save).to_be_visible()
    expect(save).to_have_text("บันทึกรูป")
    with page.expect_download() as download:
        save.click()
    assert re.fullmatch(r"thungngoen-topup-TN[0-9A-Z]{8}\.png", download.value.suggested_filename)

    share = page.locator("#topup-share")
    if page.evaluate(CAN_SHARE_FILES):
        expect(share).to_be_visible()
    else:
        expect(share).to_be_hidden()  # the fallback: the download link and a long press
    screenshot(page, "topup-promptpay-qr")
