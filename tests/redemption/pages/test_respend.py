"""The shop's re-spend page (จ่ายต่อ): pay a network shop or a member's wage in coin, once
per form; refusals move nothing."""

from sqlalchemy import Engine

from tests.wallet.pages.shop.helpers import COFFEE_SHOP, PADAENG, PADAENG_SHOP, SOMSRI
from tests.web.conftest import DemoSite
from tests.web.helpers import balance, error_under, hidden, member_balance, shop_id
from thungngoen.db import read_transaction
from thungngoen.redemption.tables import merchant_payments
from thungngoen.wallet.tables import merchants


def _shop_coin(engine: Engine, business_name: str) -> int:
    with read_transaction(engine) as connection:
        query = merchants.select().where(merchants.c.business_name == business_name)
        account: int = connection.execute(query).one().account_id
    return balance(engine, account)


def _payments(engine: Engine) -> int:
    with read_transaction(engine) as connection:
        return len(connection.execute(merchant_payments.select()).all())


def test_the_page_offers_the_other_approved_shops(demo_site: DemoSite) -> None:
    page = demo_site.client(PADAENG).get("/shop/respend").text
    padaeng, coffee = (shop_id(demo_site.engine, n) for n in (PADAENG_SHOP, COFFEE_SHOP))
    assert f'<option value="{coffee}"' in page
    assert f'<option value="{padaeng}"' not in page
    assert 'id="wage-form"' in page
    assert "จ่ายต่อ" in page


def test_paying_a_supplier_moves_coin_once(demo_site: DemoSite) -> None:
    client, engine = demo_site.client(PADAENG), demo_site.engine
    page = client.get("/shop/respend").text
    coffee = shop_id(engine, COFFEE_SHOP)
    before = _shop_coin(engine, COFFEE_SHOP)
    form = {
        "csrf_token": hidden(page, "csrf_token"),
        "idempotency_key": hidden(page, "idempotency_key"),
        "supplier_id": str(coffee),
        "amount": "20",
    }
    for _ in range(2):
        done = client.post("/shop/respend/supplier", data=form, follow_redirects=False)
        assert (done.status_code, done.headers["location"]) == (303, "/shop/respend")
    assert _shop_coin(engine, COFFEE_SHOP) == before + 2_000
    assert _shop_coin(engine, PADAENG_SHOP) == 6_500
    assert _payments(engine) == 1


def test_refused_supplier_payments_move_nothing(demo_site: DemoSite) -> None:
    client, engine = demo_site.client(PADAENG), demo_site.engine
    page = client.get("/shop/respend").text
    base = {"csrf_token": hidden(page, "csrf_token"), "idempotency_key": "k1"}
    coffee, own = (str(shop_id(engine, n)) for n in (COFFEE_SHOP, PADAENG_SHOP))
    too_much = client.post(
        "/shop/respend/supplier", data=base | {"supplier_id": coffee, "amount": "86"}
    )
    assert too_much.status_code == 422
    assert error_under(too_much.text, "amount")
    itself = client.post("/shop/respend/supplier", data=base | {"supplier_id": own, "amount": "5"})
    assert itself.status_code == 422
    assert error_under(itself.text, "supplier_id")
    typo = client.post(
        "/shop/respend/supplier", data=base | {"supplier_id": coffee, "amount": "1e3"}
    )
    assert typo.status_code == 422
    assert error_under(typo.text, "amount")
    assert _payments(engine) == 0
    assert _shop_coin(engine, PADAENG_SHOP) == 8_500


def test_a_wage_is_confirmed_by_name_and_masked_phone_then_paid_once(
    demo_site: DemoSite,
) -> None:
    client, engine = demo_site.client(PADAENG), demo_site.engine
    page = client.get("/shop/respend").text
    before = member_balance(engine, SOMSRI.phone)
    form = {
        "csrf_token": hidden(page, "csrf_token"),
        "idempotency_key": "wage-1",
        "phone": SOMSRI.phone,
        "wage_amount": "30",
    }
    confirm = client.post("/shop/respend/wage", data=form)
    assert confirm.status_code == 200
    assert SOMSRI.name in confirm.text
    assert "081-xxx-5678" in confirm.text
    assert member_balance(engine, SOMSRI.phone) == before
    for _ in range(2):
        done = client.post(
            "/shop/respend/wage", data=form | {"confirmed": "yes"}, follow_redirects=False
        )
        assert done.status_code == 303
    assert member_balance(engine, SOMSRI.phone) == before + 3_000
    assert _shop_coin(engine, PADAENG_SHOP) == 5_500


def test_refused_wages_move_nothing(demo_site: DemoSite) -> None:
    client, engine = demo_site.client(PADAENG), demo_site.engine
    page = client.get("/shop/respend").text
    base = {"csrf_token": hidden(page, "csrf_token"), "idempotency_key": "w", "confirmed": "yes"}
    unknown = client.post(
        "/shop/respend/wage", data=base | {"phone": "0800000000", "wage_amount": "5"}
    )
    assert unknown.status_code == 422
    assert error_under(unknown.text, "phone")
    too_much = client.post(
        "/shop/respend/wage", data=base | {"phone": SOMSRI.phone, "wage_amount": "86"}
    )
    assert too_much.status_code == 422
    assert error_under(too_much.text, "wage_amount")
    assert _shop_coin(engine, PADAENG_SHOP) == 8_500


def test_only_a_shop_owner_sees_the_page(demo_site: DemoSite) -> None:
    member = demo_site.client(SOMSRI)
    assert member.get("/shop/respend", follow_redirects=False).status_code == 403
    page = demo_site.client(PADAENG).get("/shop/respend").text
    token = hidden(page, "csrf_token")
    refused = member.post(
        "/shop/respend/wage",
        data={
            "csrf_token": token,
            "idempotency_key": "x",
            "phone": SOMSRI.phone,
            "wage_amount": "5",
        },
        follow_redirects=False,
    )
    assert refused.status_code in (400, 403)
