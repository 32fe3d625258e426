"""Issue 13, "the till stays waiting": a customer with no camera types the shop number the
till shows, on a 360 px phone, and pays the till's bill without typing its amount; the
till, open in another browser, turns paid. With two tills waiting the customer chooses
theirs from a list. Screenshots at 360 px and at 150 % text size (decision 0031).

The shop is this test's own (made in the served database), so the bills other browser
tests leave open at the demo shops' tills never show here, nor these at theirs.
"""

import re

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import Connection

from tests.browser.pages import assert_fits_phone, capture, coin, log_in, log_in_all, submit
from tests.browser.server_db import coin_balance
from tests.browser.support import DESKTOP, LiveServer, NewContext, screenshot
from thungngoen.auth.users import create_user
from thungngoen.db import create_db_engine, write_transaction
from thungngoen.wallet import people
from thungngoen.wallet.demo import MEMBERS, OLD_TOWN, PIN, Login

pytestmark = pytest.mark.browser

ANAN = MEMBERS[1]  # no browser test checks her balance to the satang across tests
OWNER = Login("merchant", "0869990011", "tillshop-1", "พี่ต้อย")
SHOP = "ร้านโรตีชายหาดสมิหลา"


def _open_shop(server: LiveServer) -> None:
    """An approved shop of this test's own, its owner able to log in at the till."""

    def made(connection: Connection) -> None:
        owner = create_user(
            connection,
            phone=OWNER.phone,
            name=OWNER.name,
            role=OWNER.role,
            password=OWNER.password,
            actor="test",
        )
        shop = people.register_merchant(
            connection,
            owner=owner,
            business_name=SHOP,
            category="food",
            tambon_code=OLD_TOWN,
            payout_promptpay=OWNER.phone,
            actor="test",
        )
        people.set_merchant_status(connection, shop, "approved", actor="test")

    engine = create_db_engine(server.database_url)
    try:
        write_transaction(engine, made)
    finally:
        engine.dispose()


def _show_qr(till: Page, amount: str, reference: str) -> str:
    """The till asks for ``amount``; returns the shop number it tells camera-less customers."""
    till.goto("/shop")
    till.locator("#amount").fill(amount)
    till.locator("#f-reference").fill(reference)
    submit(till.locator("#till-form"))
    expect(till.locator("#till-status [data-state]")).to_have_attribute("data-state", "pending")
    return till.locator(".till-number strong").inner_text()


def _type_shop_number(phone: Page, number: str) -> None:
    phone.goto("/wallet/scan")
    form = phone.locator("#code-form")
    form.locator("#f-code").fill(number)
    submit(form)


def _at_large_text(phone: Page, name: str) -> None:
    """The page at 150 % text size still fits the phone; its screenshot is kept."""
    phone.evaluate("document.documentElement.style.fontSize = '150%'")
    assert_fits_phone(phone)
    screenshot(phone, name)
    phone.evaluate("document.documentElement.style.fontSize = ''")


def _pay(phone: Page) -> None:
    form = phone.locator("#pay-form")
    form.locator("#pin").fill(PIN)
    submit(form)
    phone.wait_for_url("**/wallet/receipts/*")


def test_typing_the_shop_number_pays_the_tills_bill_and_the_till_turns_paid(
    page: Page, new_context: NewContext, live_server: LiveServer
) -> None:
    _open_shop(live_server)
    phone = page
    till = new_context(DESKTOP).new_page()
    log_in_all((till, OWNER), (phone, ANAN))

    number = _show_qr(till, "85", "โต๊ะ 7")
    before = coin_balance(live_server, ANAN.phone)
    _type_shop_number(phone, number)
    expect(phone).to_have_url(re.compile(r"/pay/[^/]+\?by=number$"))
    expect(phone.locator("#shop-name")).to_have_text(SHOP)
    expect(phone.locator("#amount")).to_have_text(coin(8_500))
    expect(phone.locator("#reference")).to_have_text("โต๊ะ 7")
    expect(phone.locator("#f-amount")).to_have_count(0)  # the amount is the till's
    expect(phone.locator("#other-amount")).to_be_visible()
    capture(phone, "pay-by-shop-number")
    _at_large_text(phone, "pay-by-shop-number-150")
    _pay(phone)
    paid = till.locator("#till-status [data-state]")
    expect(paid).to_have_attribute("data-state", "paid")
    expect(till.locator("#till-status")).to_contain_text(coin(8_500))
    screenshot(till, "till-paid-by-shop-number")
    assert coin_balance(live_server, ANAN.phone) == before - 8_500

    # Two counters wait at once: the customer picks theirs from the list.
    second = new_context(DESKTOP).new_page()
    log_in(second, OWNER)
    _show_qr(till, "40", "เคาน์เตอร์ 1")
    _show_qr(second, "65.50", "เคาน์เตอร์ 2")
    _type_shop_number(phone, number)
    bills = phone.locator("#bill-list a.bill")
    expect(bills).to_have_count(2)
    expect(bills.first).to_contain_text(coin(6_550))  # the newest first
    expect(bills.nth(1)).to_contain_text("เคาน์เตอร์ 1")
    capture(phone, "pay-by-shop-number-choose")
    _at_large_text(phone, "pay-by-shop-number-choose-150")
    bills.nth(1).click()
    expect(phone.locator("#amount")).to_have_text(coin(4_000))
    _pay(phone)
    expect(till.locator("#till-status [data-state]")).to_have_attribute("data-state", "paid")
    expect(second.locator("#till-status [data-state]")).to_have_attribute("data-state", "pending")
