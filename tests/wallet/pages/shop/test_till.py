"""The till: an amount becomes a big QR of the payment link; a customer's pay code is
charged once however often the form is sent."""

import re

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from tests.wallet.pages.shop.helpers import PADAENG, PADAENG_SHOP, SOMSRI, pay_request
from tests.web.conftest import DemoSite
from tests.web.helpers import (
    error_under,
    member_balance,
    member_of,
    money_form,
    post_form,
    shop_id,
)
from thungngoen.clock import utc_now
from thungngoen.db import read_transaction
from thungngoen.wallet import merchant_pay, signing
from thungngoen.wallet.promptpay import qr_svg
from thungngoen.wallet.tables import payment_requests, payments


def show_qr(client: TestClient, amount: str, reference: str = "") -> str:
    page = post_form(client, "/shop", {"amount": amount, "reference": reference})
    assert page.status_code == 200, page.text
    return page.text


def pay_link(page: str) -> str:
    found = re.search(r'id="till-link" href="([^"]+)"', page)
    assert found
    return found.group(1)


def test_the_till_form_has_its_stable_ids(demo_site: DemoSite) -> None:
    page = demo_site.client(PADAENG).get("/shop").text
    for element in ('id="till-form"', 'id="amount"', 'id="charge-form"', 'id="shop-number"'):
        assert element in page


def test_an_amount_becomes_a_qr_of_the_absolute_payment_link(demo_site: DemoSite) -> None:
    page = show_qr(demo_site.client(PADAENG), "45.50", "table 4")
    link = pay_link(page)
    assert link.startswith("http://testserver/pay/")
    token = link.removeprefix("http://testserver/pay/")
    request_id = signing.verify(merchant_pay.REQUEST_PURPOSE, token, utc_now())["r"]
    with read_transaction(demo_site.engine) as connection:
        row = connection.execute(
            select(payment_requests).where(payment_requests.c.id == request_id)
        ).one()
    merchant = shop_id(demo_site.engine, PADAENG_SHOP)
    assert (row.merchant_id, row.amount, row.reference) == (merchant, 4550, "table 4")
    qr = page.split('id="till-qr">', 1)[1].split("</div>", 1)[0]
    assert qr.strip() == qr_svg(link).strip()
    assert "45.50 เหรียญ" in page
    assert f"<strong>{merchant}</strong>" in page
    assert 'id="till-countdown"' in page
    assert 'id="till-status"' in page


def test_a_bad_amount_is_refused_next_to_the_field(demo_site: DemoSite) -> None:
    client = demo_site.client(PADAENG)
    for typed in ("abc", "0", "12.345", "", "1e999999"):
        refused = post_form(client, "/shop", {"amount": typed})
        assert refused.status_code == 422
        assert error_under(refused.text, "amount").startswith("กรุณาใส่จำนวนเหรียญ")
    too_big = post_form(client, "/shop", {"amount": "1000000"})
    assert error_under(too_big.text, "amount") == "จำนวนเงินไม่ถูกต้อง"
    with read_transaction(demo_site.engine) as connection:
        made = connection.execute(select(func.count()).select_from(payment_requests)).scalar()
    assert made == 0


def test_the_request_page_shows_when_it_is_paid(demo_site: DemoSite) -> None:
    client = demo_site.client(PADAENG)
    token = pay_link(show_qr(client, "30")).rsplit("/", 1)[1]
    request_id = signing.verify(merchant_pay.REQUEST_PURPOSE, token, utc_now())["r"]
    request_path = f"/shop/requests/{request_id}"
    assert 'data-state="pending"' in client.get(request_path).text
    pay_request(demo_site.engine, token, member_of(demo_site.engine, SOMSRI.phone))
    paid = client.get(request_path).text
    assert 'data-state="paid"' in paid
    assert "30.00 เหรียญ" in paid


def _issue_code(demo_site: DemoSite, limit: int, nonce: str) -> str:
    payer = member_of(demo_site.engine, SOMSRI.phone)
    return merchant_pay.issue_pay_code(payer, limit, nonce, utc_now())


def test_a_pay_code_is_charged_once_on_a_double_submit(demo_site: DemoSite) -> None:
    client = demo_site.client(PADAENG)
    before = member_balance(demo_site.engine, SOMSRI.phone)
    code = _issue_code(demo_site, 10_000, "nonce-double")
    token, key = money_form(client, "/shop")
    form = {"code": code, "charge_amount": "60", "idempotency_key": key, "csrf_token": token}
    first = client.post("/shop/charge", data=form, follow_redirects=False)
    again = client.post("/shop/charge", data=form, follow_redirects=False)
    assert first.status_code == again.status_code == 303
    assert first.headers["location"] == again.headers["location"]
    assert first.headers["location"].startswith("/shop/payments/")
    assert member_balance(demo_site.engine, SOMSRI.phone) == before - 6_000
    receipt = client.get(first.headers["location"]).text
    assert "60.00 เหรียญ" in receipt
    assert "รหัสจ่ายเงิน" in receipt


def test_a_bad_pay_code_is_refused_and_moves_nothing(demo_site: DemoSite) -> None:
    client = demo_site.client(PADAENG)
    before = member_balance(demo_site.engine, SOMSRI.phone)
    token, key = money_form(client, "/shop")
    code = _issue_code(demo_site, 5_000, "nonce-limit")
    tampered = code[:-3] + ("AAA" if not code.endswith("AAA") else "BBB")
    for typed, amount, field, text in (
        (tampered, "10", "code", "QR ไม่ถูกต้อง"),
        (code, "80", "charge_amount", "จำนวนเงินไม่ถูกต้อง"),
        ("", "10", "code", "กรุณาพิมพ์หรือสแกนรหัสจ่ายเงินของลูกค้า"),
    ):
        form = {"code": typed, "charge_amount": amount, "idempotency_key": key}
        refused = client.post("/shop/charge", data=form | {"csrf_token": token})
        assert refused.status_code == 422
        assert text in error_under(refused.text, field)
        assert f'value="{key}"' in refused.text
    assert member_balance(demo_site.engine, SOMSRI.phone) == before
    with read_transaction(demo_site.engine) as connection:
        charged = select(func.count()).where(payments.c.channel == "customer_qr")
        assert connection.execute(charged).scalar() == 0


def test_errors_read_in_english_when_asked(demo_site: DemoSite) -> None:
    client = demo_site.client(PADAENG)
    client.cookies.set("tn_lang", "en")
    refused = post_form(client, "/shop", {"amount": "ten"})
    assert error_under(refused.text, "amount") == "Type an amount of coin, for example 45 or 45.50."
    assert "Show the QR" in refused.text
