"""A member's journey on her phone (issue 13): she sends coin through the confirm screen;
pays a shop's request with its promotion's discount shown before the PIN, on the receipt
and in her history; a wrong PIN tells her the tries left; a payment above her coin shows
her balance and a link to top up; the PromptPay top-up gives a picture to save or share.
Each step fits a phone, a desktop and the phone at 150 % text (``journey_views.step``)."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.journey_people import member_with_coin, new_shop, running_promotion
from tests.browser.journey_views import figure, step
from tests.browser.pages import amount_shown, log_in, satang_of, submit
from tests.browser.server_db import new_member, payment_request
from tests.browser.support import LiveServer
from thungngoen.auth.pins import MAX_ATTEMPTS
from thungngoen.wallet.demo import Login
from thungngoen.wallet.pages.member.explained import TRIES_LEFT
from thungngoen.web.i18n import translate

pytestmark = pytest.mark.browser

NOK = Login("member", "0876660101", "nok-journey-1", "นกน้อย เดินทางดี")
NOK_PIN = "314159"
WRONG_PIN = "271828"
FRIEND = ("0876660102", "เพื่อนนก ใจดี")
SHOP_OWNER = Login("merchant", "0876660103", "shop-journey-1", "ลุงโปร ทดสอบ")
SHOP = "ร้านขนมลดราคาทดสอบ"
COIN = 50_000
SENT = 2_000
PRICE = 10_000
DISCOUNT = PRICE // 10


def _send(page: Page) -> None:
    page.goto("/wallet/send")
    page.locator("#f-to_phone").fill(FRIEND[0])
    page.locator("#f-amount").fill(figure(SENT))
    submit(page.locator("#send-form"))
    expect(page.locator("#recipient-name")).to_have_text(FRIEND[1])
    step(page, "member-send-confirm")
    page.locator("#pin").fill(NOK_PIN)
    submit(page.locator("#confirm-form"))
    expect(page.locator("#receipt")).to_contain_text(FRIEND[1])
    step(page, "member-send-receipt")


def _pay_with_the_promotion(page: Page, live_server: LiveServer, shop: int) -> None:
    asked = payment_request(live_server, shop, PRICE, reference="ขนมชั้น")
    page.goto(f"/pay/{asked.token}")
    expect(page.locator("#quote-discount")).to_contain_text(figure(DISCOUNT))
    expect(page.locator("#quote-charged")).to_contain_text(figure(PRICE - DISCOUNT))
    step(page, "member-pay-promotion")

    page.locator("#pin").fill(WRONG_PIN)
    submit(page.locator("#pay-form"))
    tries = translate(TRIES_LEFT, "th").format(tries=MAX_ATTEMPTS - 1)
    expect(page.locator("#e-pin")).to_have_text(tries)
    step(page, "member-pay-wrong-pin")

    page.locator("#pin").fill(NOK_PIN)
    submit(page.locator("#pay-form"))
    page.wait_for_url("**/wallet/receipts/*")
    expect(page.locator("#receipt-discount")).to_contain_text(figure(DISCOUNT))
    expect(page.locator("#receipt-amount")).to_contain_text(figure(PRICE - DISCOUNT))
    step(page, "member-pay-receipt")

    page.goto("/wallet/history")
    latest = page.locator("#statement tbody tr").first
    expect(latest.locator(".discount")).to_contain_text(figure(DISCOUNT))
    expect(latest).to_contain_text(SHOP)
    step(page, "member-history")


def _not_enough_then_top_up(page: Page, live_server: LiveServer, shop: int) -> None:
    left = COIN - SENT - (PRICE - DISCOUNT)
    asked = payment_request(live_server, shop, 2 * left)
    page.goto(f"/pay/{asked.token}")
    page.locator("#pin").fill(NOK_PIN)
    submit(page.locator("#pay-form"))
    expect(page.locator("#not-enough")).to_be_visible()
    assert satang_of(page.locator("#short-balance")) == left
    step(page, "member-not-enough")

    page.locator("#top-up-link").click()
    page.wait_for_url("**/wallet/topup")
    page.locator("#f-amount").fill("100")
    submit(page.locator("#topup-form"))
    page.wait_for_url(re.compile(r"/wallet/topup/\d+$"))
    expect(page.locator("#topup-qr-picture")).to_be_visible()
    expect(page.locator("#topup-save")).to_be_visible()
    expect(page.locator("#topup-share")).to_have_count(1)  # shown where the phone can share
    step(page, "member-topup-promptpay")


def test_a_member_sends_pays_with_a_promotion_and_tops_up(
    page: Page, live_server: LiveServer
) -> None:
    member_with_coin(live_server, NOK, NOK_PIN, COIN)
    new_member(live_server, *FRIEND)
    shop = new_shop(live_server, SHOP_OWNER, SHOP)
    running_promotion(live_server, shop, 10)
    log_in(page, NOK)
    assert amount_shown(page.locator("#balance")) == COIN
    step(page, "member-wallet")
    _send(page)
    _pay_with_the_promotion(page, live_server, shop)
    _not_enough_then_top_up(page, live_server, shop)
