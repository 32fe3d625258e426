"""The whole journey in a real browser, four people in their own browsers at once: a new
member signs up, an agent tops her up in cash, she sets her PIN, a shop shows a QR for
85 baht on its till, she scans it with the phone camera and pays with the PIN, the till
shows the payment by itself, the shop redeems the coin for baht, the operator exports
the payout batch and marks it paid. The balances and the reserve are checked after
every step."""

import csv
import io
import re
from dataclasses import replace

import pytest
from playwright.sync_api import Page, expect

from tests.browser.books import Desks
from tests.browser.camera import Camera
from tests.browser.pages import baht, capture, coin, log_in_all, submit
from tests.browser.support import DESKTOP, PHONE, LiveServer, NewContext
from thungngoen.redemption.redeem import redemption_fee
from thungngoen.redemption.tiers import DEFAULT_TIER_RULES
from thungngoen.wallet.demo import AGENT, OLD_TOWN, OPERATOR, SHOPS, Login
from thungngoen.web.i18n import translate

pytestmark = pytest.mark.browser

KANYA = Login("member", "0875550123", "kanya-2568", "กันยา ทดลองใช้")
KANYA_PIN = "271828"
SHOP_OWNER, SHOP, _category = SHOPS[0]
TOP_UP = 20_000
PRICE = 8_500
PAYOUT = PRICE - redemption_fee(PRICE, DEFAULT_TIER_RULES["standard"].fee_bp)


def _sign_up(page: Page) -> None:
    page.goto("/signup")
    page.locator("#f-phone").fill(KANYA.phone)
    page.locator("#f-name").fill(KANYA.name)
    page.locator("#f-password").fill(KANYA.password)
    page.locator("#f-community").fill("ชุมชนบ่อยาง")
    page.locator("#f-tambon_code").select_option(OLD_TOWN)
    submit(page.locator("form[action='/signup']"))
    page.wait_for_url("**/wallet")
    expect(page.locator("#pin-unset")).to_be_visible()


def _top_up_in_cash(page: Page) -> None:
    page.goto("/agent")
    page.locator("#f-phone").fill(KANYA.phone)
    submit(page.locator("#lookup-form"))
    expect(page.locator("#member-name")).to_have_text(KANYA.name)
    page.locator("#topup-form #f-amount").fill(str(TOP_UP // 100))
    page.locator("#topup-submit").click()
    page.wait_for_url("**/agent/receipts/*")
    expect(page.locator("#receipt-amount")).to_have_attribute("data-satang", str(TOP_UP))
    expect(page.locator("#receipt-member")).to_contain_text(KANYA.name)


def _set_pin(page: Page) -> None:
    page.goto("/wallet/settings")
    form = page.locator("#pin-form")
    form.locator("#f-new_pin").fill(KANYA_PIN)
    form.locator("#f-new_pin_again").fill(KANYA_PIN)
    form.locator("#f-password").fill(KANYA.password)
    submit(form)
    expect(page.locator("#flash")).to_have_text(translate("Your payment PIN is set.", "th"))


def _show_qr(till: Page, live_server: LiveServer) -> str:
    """The till asks for 85 baht; returns the payment link its QR holds."""
    till.goto("/shop")
    till.locator("#amount").fill(str(PRICE // 100))
    submit(till.locator("#till-form"))
    expect(till.locator("#till-qr svg")).to_be_visible()
    expect(till.locator("#till-status [data-state]")).to_have_attribute("data-state", "pending")
    link = till.locator("#till-link").get_attribute("href") or ""
    assert link.startswith(f"{live_server.url}/pay/"), link
    return link


def _scan_and_pay(phone: Page, camera: Camera, link: str) -> None:
    camera.show(link)
    phone.goto("/wallet/scan")
    phone.locator("#scan-start").click()
    phone.wait_for_url(lambda url: url == link)
    expect(phone.locator("#shop-name")).to_have_text(SHOP)
    expect(phone.locator("#amount")).to_have_text(coin(PRICE))
    phone.locator("#pin").fill(KANYA_PIN)
    submit(phone.locator("#pay-form"))
    phone.wait_for_url("**/wallet/receipts/*")
    expect(phone.locator("#receipt-balance")).to_have_text(coin(TOP_UP - PRICE))


def _payout_rows(page: Page) -> list[str]:
    ids: list[str] = page.locator("#payout-list tbody tr").evaluate_all(
        "rows => rows.map(row => row.id)"
    )
    return ids


def _redeem(page: Page) -> str:
    """The shop redeems the 85 baht of coin; returns the id of its payout's row."""
    page.goto("/shop/redeem")
    earlier = _payout_rows(page)
    form = page.locator("#redeem-form")
    form.locator("#f-amount").fill(str(PRICE // 100))
    expect(form.locator("#preview-baht")).to_have_text(baht(PAYOUT))  # HTMX, as typed
    form.locator("input[name=fund_code]").first.check()
    submit(form)
    expect(page.locator("#payout-list tbody tr")).to_have_count(len(earlier) + 1)
    (row,) = set(_payout_rows(page)) - set(earlier)
    payout = page.locator(f"#{row}")
    expect(payout.locator("[data-status]")).to_have_attribute("data-status", "queued")
    expect(payout).to_contain_text(baht(PAYOUT))
    return row


def _pay_out(page: Page) -> None:
    """The operator batches the waiting payouts, checks the bank file, marks it paid."""
    page.goto("/console/payouts")
    expect(page.locator("#payouts-queued")).to_contain_text(SHOP)
    submit(page.locator("#create-payout-batch"))
    page.wait_for_url(re.compile(r"/console/payouts/\d+$"))
    batch = page.url.rsplit("/", 1)[-1]
    with page.expect_download() as download:
        page.locator("#download-payout-file").click()
    bank_file = download.value.path().read_text(encoding="utf-8")
    lines = list(csv.DictReader(io.StringIO(bank_file)))
    assert {"batch": batch, "business_name": SHOP, "amount_baht": f"{PAYOUT / 100:.2f}"} in [
        {key: line[key] for key in ("batch", "business_name", "amount_baht")} for line in lines
    ]
    page.locator("#f-bank_reference").fill(f"KTB-{batch}-JOURNEY")
    submit(page.locator("#mark-paid"))
    expect(page.locator(f"#payout-batch-{batch}")).to_have_attribute("data-status", "paid")
    capture(page, "console-payout-batch-paid")


def test_sign_up_top_up_pay_by_camera_redeem_and_pay_out(
    new_context: NewContext, live_server: LiveServer, camera: Camera
) -> None:
    desks = Desks(
        member=new_context(PHONE).new_page(),
        agent=new_context(PHONE).new_page(),
        merchant=new_context(PHONE).new_page(),
        operator=new_context(DESKTOP).new_page(),
    )
    log_in_all((desks.agent, AGENT), (desks.merchant, SHOP_OWNER), (desks.operator, OPERATOR))
    books = desks.read_books()

    _sign_up(desks.member)
    books = replace(books, member_balance=0)
    desks.check(books)

    _top_up_in_cash(desks.agent)
    books = books.moved(member_balance=TOP_UP, agent_float=TOP_UP, coin_outstanding=TOP_UP)
    desks.check(books)

    _set_pin(desks.member)
    desks.check(books)

    link = _show_qr(desks.merchant, live_server)
    desks.merchant.evaluate("window.stillTheSamePage = true")
    _scan_and_pay(desks.member, camera, link)
    paid = desks.merchant.locator("#till-status [data-state=paid]")
    expect(paid).to_be_visible(timeout=2_000)
    expect(paid).to_contain_text(coin(PRICE))
    assert desks.merchant.evaluate("window.stillTheSamePage") is True  # no reload
    capture(desks.merchant, "shop-till-paid")
    books = books.moved(member_balance=-PRICE, shop_coin=PRICE)
    desks.check(books)

    payout = _redeem(desks.merchant)
    books = books.moved(shop_coin=-PRICE, coin_outstanding=-PRICE)
    desks.check(books)

    _pay_out(desks.operator)
    desks.merchant.goto("/shop/redeem")
    expect(desks.merchant.locator(f"#{payout} [data-status]")).to_have_attribute(
        "data-status", "paid"
    )
    capture(desks.merchant, "shop-redeem-paid")
    desks.check(books)
