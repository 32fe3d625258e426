"""The shop's and the agent's journeys (issue 13): the shop shows a QR on its till, reads
its takings and refunds, re-spends coin at a supplier and as a wage (through the wage's
confirm screen), and sees the fee before it redeems; the agent finds a member at the
counter and reads the float. Each step fits a phone, a desktop and the phone at 150 %
text (``journey_views.step``)."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.journey_people import member_with_coin, new_shop, paid_by
from tests.browser.journey_views import figure, step
from tests.browser.pages import log_in, submit
from tests.browser.server_db import new_member
from tests.browser.support import LiveServer
from thungngoen.redemption.redeem import redemption_fee
from thungngoen.redemption.tiers import DEFAULT_TIER_RULES
from thungngoen.wallet.demo import AGENT, Login
from thungngoen.web.i18n import translate

pytestmark = pytest.mark.browser

OWNER = Login("merchant", "0876660201", "shop-journey-2", "พี่แก้ว ค้าขาย")
SHOP = "ร้านก๋วยเตี๋ยวจ่ายต่อทดสอบ"
SUPPLIER_OWNER = Login("merchant", "0876660204", "shop-journey-3", "ลุงผัก สวนดี")
SUPPLIER = "ร้านผักสดส่งต่อทดสอบ"
CUSTOMER = Login("member", "0876660202", "customer-journey", "ลูกค้า ประจำร้าน")
CUSTOMER_PIN = "161803"
WORKER = ("0876660203", "ลูกจ้าง ขยันดี")
TAKEN = 30_000
TO_SUPPLIER = 5_000
WAGE = 3_000
REDEEM = 10_000


def _respend(page: Page, supplier: int) -> None:
    page.goto("/shop/respend")
    page.locator("#f-supplier_id").select_option(str(supplier))
    page.locator("#f-amount").fill(figure(TO_SUPPLIER))
    submit(page.locator("#supplier-form"))
    expect(page.locator("#flash")).to_have_text(translate("Paid the shop in coin.", "th"))
    expect(page.locator("#coin-balance")).to_contain_text(figure(TAKEN - TO_SUPPLIER))
    step(page, "shop-respend-supplier")

    page.locator("#f-phone").fill(WORKER[0])
    page.locator("#f-wage_amount").fill(figure(WAGE))
    submit(page.locator("#wage-form"))
    expect(page.locator("#payee-name")).to_have_text(WORKER[1])
    step(page, "shop-respend-wage-confirm")
    submit(page.locator("#wage-confirm-form"))
    expect(page.locator("#flash")).to_have_text(translate("Wage paid in coin.", "th"))
    expect(page.locator("#coin-balance")).to_contain_text(figure(TAKEN - TO_SUPPLIER - WAGE))
    step(page, "shop-respend-wage-paid")


def test_a_shop_takes_coin_re_spends_it_and_sees_the_fee_before_redeeming(
    page: Page, live_server: LiveServer
) -> None:
    shop = new_shop(live_server, OWNER, SHOP)
    supplier = new_shop(live_server, SUPPLIER_OWNER, SUPPLIER)
    member_with_coin(live_server, CUSTOMER, CUSTOMER_PIN, TAKEN)
    paid_by(live_server, shop, CUSTOMER.phone, TAKEN)
    new_member(live_server, *WORKER)
    log_in(page, OWNER)
    step(page, "shop-till")
    page.locator("#amount").fill("45")
    submit(page.locator("#till-form"))
    expect(page.locator("#till-qr svg")).to_be_visible()
    step(page, "shop-till-qr")

    page.goto("/shop/takings")
    expect(page.locator("main")).to_contain_text(figure(TAKEN))
    step(page, "shop-takings")
    page.goto("/shop/refunds")
    expect(page.locator("main")).to_contain_text(figure(TAKEN))  # the payment to refund
    step(page, "shop-refunds")
    _respend(page, supplier)

    page.goto("/shop/redeem")
    page.locator("#redeem-form #f-amount").fill(figure(REDEEM))
    fee = redemption_fee(REDEEM, DEFAULT_TIER_RULES["standard"].fee_bp)
    expect(page.locator("#preview-fee")).to_contain_text(figure(fee))  # HTMX, as typed
    expect(page.locator("#preview-baht")).to_contain_text(figure(REDEEM - fee))
    step(page, "shop-redeem-preview")


def test_the_agent_finds_a_member_at_the_counter_and_reads_the_float(
    page: Page, live_server: LiveServer
) -> None:
    member = Login("member", "0876660205", "counter-journey", "ป้าจันทร์ มาเติมเงิน")
    member_with_coin(live_server, member, CUSTOMER_PIN, 12_300)
    log_in(page, AGENT)
    step(page, "agent-counter")
    page.locator("#f-phone").fill(member.phone)
    submit(page.locator("#lookup-form"))
    expect(page.locator("#member-name")).to_have_text(member.name)
    step(page, "agent-counter-member")
    page.goto("/agent/float")
    expect(page.locator("#today-topups")).to_contain_text(figure(12_300))
    step(page, "agent-float")
