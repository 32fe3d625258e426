"""A member keeps a receipt (decision 0034): on a 360 px phone the receipt offers to save
it as a picture and to share it (where the browser cannot share files, Share downloads
the picture), and printed it shows the platform's header and the receipt alone.
Screenshots: ``test-artifacts/screenshots/receipt-*``, and the card itself."""

import io

import pytest
from PIL import Image
from playwright.sync_api import Page, expect

from tests.browser.pages import log_in
from tests.browser.support import SCREENSHOTS, screenshot
from thungngoen.wallet.demo import MEMBERS

pytestmark = pytest.mark.browser

ANAN = MEMBERS[1]


def _open_a_receipt(page: Page) -> str:
    log_in(page, ANAN)
    page.goto("/wallet/history")
    page.locator("#statement a.row-link").first.click()
    expect(page.locator("#receipt-amount")).to_contain_text("เหรียญ")
    return page.url


def test_save_and_share_the_receipt_as_a_picture(page: Page) -> None:
    _open_a_receipt(page)
    expect(page.locator("#receipt-head")).to_contain_text("ถุงเงินสงขลา")
    save = page.locator("#receipt-save")
    share = page.locator("#receipt-share")
    expect(save).to_be_visible()
    expect(share).to_be_visible()
    for box in (save.bounding_box(), share.bounding_box()):
        assert box is not None
        assert box["height"] >= 44
    with page.expect_download() as saved:
        save.click()
    name = saved.value.suggested_filename
    assert name.startswith("receipt-")
    assert name.endswith(".png")
    with page.expect_download() as shared:  # headless Chromium shares no files
        share.click()
    assert shared.value.suggested_filename == name
    card = Image.open(io.BytesIO(page.request.get(save.get_attribute("href") or "").body()))
    assert card.format == "PNG"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    card.save(SCREENSHOTS / "receipt-card.png")
    screenshot(page, "receipt-keep")


def test_the_printed_receipt_has_the_header_and_nothing_else(page: Page) -> None:
    _open_a_receipt(page)
    page.emulate_media(media="print")
    expect(page.locator("#receipt-head")).to_be_visible()
    expect(page.locator("#receipt-head")).to_contain_text("ถุงเงินสงขลา")
    expect(page.locator("#receipt-amount")).to_be_visible()
    expect(page.locator("#receipt-number")).to_be_visible()
    for hidden in ("header.bar", "nav.menu", "#receipt-keep", "#receipt-balance", ".skip-link"):
        for found in page.locator(hidden).all():
            expect(found).to_be_hidden()
    screenshot(page, "receipt-print")
    page.emulate_media(media="screen")
    expect(page.locator("nav.menu")).to_be_visible()
