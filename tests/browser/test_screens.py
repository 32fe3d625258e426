"""Screenshots of the main pages at phone (360 px) and desktop size, saved under
``test-artifacts/screenshots/`` on every run; each page is first checked to fit a phone
without sideways scrolling. This file: the pages before login, the member's wallet, the
agent's counter and the operator's console."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import baht, capture, coin, log_in, satang_of, submit
from tests.browser.server_db import payment_request, shop_number
from tests.browser.support import LiveServer
from thungngoen.wallet.demo import AGENT, MEMBERS, OPERATOR, PIN, SHOPS

pytestmark = pytest.mark.browser

ANAN = MEMBERS[1]  # other browser tests only read her balance
COFFEE = SHOPS[1][1]


def test_pages_before_login(page: Page) -> None:
    page.goto("/login")
    capture(page, "login")
    page.goto("/signup")
    capture(page, "signup")
    submit(page.locator("form[action='/signup']"))
    expect(page.locator("#e-phone")).to_be_visible()
    capture(page, "signup-errors")


def test_member_pages(page: Page, live_server: LiveServer) -> None:
    shop = shop_number(live_server, COFFEE)
    log_in(page, ANAN)
    capture(page, "wallet-home")
    page.goto("/wallet/scan")
    capture(page, "wallet-scan")
    asked = payment_request(live_server, shop, 4_500, reference="โต๊ะ 3")
    page.goto(f"/pay/{asked.token}")
    expect(page.locator("#amount")).to_have_text(coin(4_500))
    capture(page, "wallet-pay-confirm")
    page.goto(f"/pay/shop/{shop}?any_amount=1")  # a bill waits at this till: ask for the form
    capture(page, "wallet-pay-poster")
    page.goto("/wallet/send")
    capture(page, "wallet-send")

    page.goto("/wallet/history")
    capture(page, "wallet-history")
    page.locator("#statement a").first.click()
    expect(page.locator("#receipt")).to_be_visible()
    capture(page, "wallet-receipt")

    page.goto("/wallet/topup")
    capture(page, "wallet-topup")
    page.locator("#f-amount").fill("100")
    submit(page.locator("#topup-form"))
    expect(page.locator("#topup-qr-picture")).to_be_visible()
    capture(page, "wallet-topup-promptpay")

    page.goto("/wallet/paycode")
    page.locator("#f-limit").fill("50")
    page.locator("#pin").fill(PIN)
    submit(page.locator("#paycode-form"))
    expect(page.locator("#paycode-qr svg")).to_be_visible()
    capture(page, "wallet-paycode")

    page.goto("/wallet/vouchers")
    capture(page, "wallet-vouchers")
    page.goto("/wallet/settings")
    capture(page, "wallet-settings")


def test_agent_pages(page: Page) -> None:
    log_in(page, AGENT)
    capture(page, "agent-counter")
    page.locator("#f-phone").fill(ANAN.phone)
    submit(page.locator("#lookup-form"))
    expect(page.locator("#member-name")).to_have_text(ANAN.name)
    capture(page, "agent-counter-member")

    page.goto("/agent/float")
    capture(page, "agent-float")
    page.locator("#today-topups a").first.click()
    expect(page.locator("#receipt-amount")).to_be_visible()
    capture(page, "agent-receipt")

    page.goto("/agent/closing")
    capture(page, "agent-closing")
    expected = satang_of(page.locator("#closing-expected"))
    page.locator("#f-counted").fill(baht(expected).split()[0])
    submit(page.locator("#closing-form"))
    expect(page.locator("#closing-difference")).to_have_attribute("data-satang", "0")
    capture(page, "agent-closing-sheet")


def test_console_pages(page: Page) -> None:
    log_in(page, OPERATOR)
    expect(page.locator("#reserve")).to_have_attribute("data-balanced", "true")
    capture(page, "console-dashboard")
    page.goto("/console/merchants")
    capture(page, "console-merchants")
    page.goto("/console/agents")
    expect(page.locator("#reserve-split")).to_have_attribute("data-balanced", "true")
    expect(page.locator("#agent-limits .room").first).to_be_visible()
    capture(page, "console-agents")

    page.goto("/console/people")
    page.locator("#f-q").fill(ANAN.phone[-4:])
    submit(page.locator("#search-form"))
    expect(page.locator("#search-results")).to_contain_text(ANAN.name)
    capture(page, "console-people")
    page.locator("#search-results").get_by_role("link", name=ANAN.name).click()
    expect(page.locator("#person h1")).to_contain_text(ANAN.name)
    capture(page, "console-person")

    page.goto("/console/audit")
    expect(page.locator("#chain-status .badge")).to_be_visible()
    capture(page, "console-audit")
