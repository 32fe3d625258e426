"""Refunds: part or all of a payment with a reason, capped, once per submitted form."""

from sqlalchemy import Engine, select

from tests.wallet.pages.shop.helpers import COFFEE, PADAENG, PADAENG_SHOP, SOMSRI
from tests.web.conftest import DemoSite
from tests.web.helpers import error_under, member_balance, money_form, shop_id
from thungngoen import ledger
from thungngoen.db import read_transaction
from thungngoen.wallet.tables import payments, refunds


def _padaeng_payment(engine: Engine) -> tuple[int, int]:
    """The demo payment to Pa Daeng's shop: (id, refunded so far)."""
    merchant = shop_id(engine, PADAENG_SHOP)
    with read_transaction(engine) as connection:
        row = connection.execute(
            select(payments.c.id, payments.c.refunded).where(payments.c.merchant_id == merchant)
        ).one()
    return row.id, row.refunded


def test_the_refund_link_fills_in_all_that_is_left(demo_site: DemoSite) -> None:
    payment_id, _ = _padaeng_payment(demo_site.engine)
    page = demo_site.client(PADAENG).get(f"/shop/refunds?payment={payment_id}").text
    assert 'id="f-amount" name="amount" type="text" value="85.00"' in page
    assert f'<option value="{payment_id}" data-left="85.00" selected>' in page


def test_a_part_refund_with_a_reason_is_made_once(demo_site: DemoSite) -> None:
    client = demo_site.client(PADAENG)
    payment_id, _ = _padaeng_payment(demo_site.engine)
    before = member_balance(demo_site.engine, SOMSRI.phone)
    token, key = money_form(client, "/shop/refunds")
    form = {"payment_id": str(payment_id), "amount": "20", "reason": "ไม่ใส่ไข่"}
    form |= {"idempotency_key": key, "csrf_token": token}
    for _ in range(2):
        done = client.post("/shop/refunds", data=form, follow_redirects=False)
        assert (done.status_code, done.headers["location"]) == (303, "/shop/refunds")
    assert _padaeng_payment(demo_site.engine) == (payment_id, 2_000)
    assert member_balance(demo_site.engine, SOMSRI.phone) == before + 2_000
    with read_transaction(demo_site.engine) as connection:
        transfer_id = connection.execute(select(refunds.c.transfer_id)).scalar_one()
        transfer = ledger.get_transfer(connection, transfer_id)
    assert transfer.metadata is not None
    assert transfer.metadata["reason"] == "ไม่ใส่ไข่"
    assert "20.00 เหรียญ" in client.get("/shop/refunds").text


def test_an_over_cap_refund_is_refused_and_moves_nothing(demo_site: DemoSite) -> None:
    client = demo_site.client(PADAENG)
    payment_id, _ = _padaeng_payment(demo_site.engine)
    before = member_balance(demo_site.engine, SOMSRI.phone)
    token, key = money_form(client, "/shop/refunds")
    form = {"payment_id": str(payment_id), "amount": "85.01", "reason": "ผิด"}
    refused = client.post(
        "/shop/refunds", data=form | {"idempotency_key": key, "csrf_token": token}
    )
    assert refused.status_code == 422
    assert error_under(refused.text, "amount") == "ยอดคืนเงินเกินยอดที่ชำระ"
    assert f'value="{key}"' in refused.text
    no_reason = client.post(
        "/shop/refunds",
        data=form | {"amount": "5", "reason": "", "idempotency_key": key, "csrf_token": token},
    )
    assert error_under(no_reason.text, "reason") == "กรุณากรอกช่องนี้"
    assert _padaeng_payment(demo_site.engine) == (payment_id, 0)
    assert member_balance(demo_site.engine, SOMSRI.phone) == before


def test_a_shop_cannot_refund_another_shops_payment(demo_site: DemoSite) -> None:
    payment_id, _ = _padaeng_payment(demo_site.engine)
    coffee = demo_site.client(COFFEE)
    assert f'value="{payment_id}"' not in coffee.get("/shop/refunds").text
    token, key = money_form(coffee, "/shop/refunds")
    form = {"payment_id": str(payment_id), "amount": "10", "reason": "x"}
    refused = coffee.post(
        "/shop/refunds", data=form | {"idempotency_key": key, "csrf_token": token}
    )
    assert refused.status_code == 422
    assert error_under(refused.text, "payment_id")
    assert _padaeng_payment(demo_site.engine) == (payment_id, 0)
