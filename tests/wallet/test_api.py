"""The wallet's JSON API: a whole journey, and who may do what."""

from typing import Any

import pytest

from tests.wallet.api_client import Api
from tests.wallet.conftest import World
from thungngoen.auth.users import create_user
from thungngoen.db import write_transaction


@pytest.fixture
def api(world: World) -> Api:
    write_transaction(
        world.engine,
        lambda c: create_user(
            c,
            phone="0800000000",
            name="SK operator",
            role="operator",
            password="operator-pass",
            actor="test",
        ),
    )
    return Api(world)


def test_journey_through_the_api(api: Api) -> None:
    signed = api.call(
        "POST",
        "/api/v1/members",
        phone="0891112233",
        name="มานี มีตา",
        password="manee-pass",
        tambon_code="900101",
        community="ชุมชนบ่อยาง",
    )
    assert signed.status_code == 201, signed.text
    manee = api.login("0891112233", "manee-pass")
    assert (
        api.call("PUT", "/api/v1/auth/pin", manee, pin="918273", password="manee-pass").status_code
        == 204
    )
    agent = api.login("0810000001", "agent-pass")
    topup = api.call(
        "POST",
        "/api/v1/agent/topups",
        agent,
        key="t1",
        member_phone="0891112233",
        amount_satang=20_000,
    )
    assert topup.status_code == 201, topup.text
    shop = api.login("0861112222", "shop-pass")
    made = api.call(
        "POST",
        f"/api/v1/shops/{api.world.shop_id}/payment-requests",
        shop,
        amount_satang=8_500,
        reference="ข้าวมันไก่",
    )
    assert made.status_code == 201, made.text
    token = made.json()["token"]
    assert "<svg" in made.json()["qr_svg"]
    seen = api.call("GET", f"/api/v1/payment-requests/{token}", manee).json()
    assert (seen["business_name"], seen["amount_satang"]) == ("ร้านข้าวมันไก่ป้าแดง", 8_500)
    paid = api.call("POST", f"/api/v1/payment-requests/{token}/pay", manee, key="p1", pin="918273")
    assert paid.status_code == 201, paid.text
    again = api.call("POST", f"/api/v1/payment-requests/{token}/pay", manee, key="p2", pin="918273")
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "payment_request_used"
    refund = api.call(
        "POST",
        f"/api/v1/shops/{api.world.shop_id}/payments/{paid.json()['payment_id']}/refunds",
        shop,
        key="r1",
        amount_satang=500,
    )
    assert refund.status_code == 201, refund.text
    wallet = api.call("GET", "/api/v1/me/wallet", manee).json()
    assert wallet["balance_satang"] == 20_000 - 8_500 + 500
    lines = api.call("GET", "/api/v1/me/statement", manee).json()
    assert [line["amount_satang"] for line in lines] == [500, -8_500, 20_000]
    reserve = api.call("GET", "/api/v1/reserve").json()
    assert reserve == {
        "coin_outstanding_satang": 20_000,
        "baht_backing_satang": 20_000,
        "baht_in_bank_satang": 0,
        "cash_at_agents_satang": 20_000,
        "balanced": True,
    }


def test_roles_and_ownership(api: Api) -> None:
    somsri = api.login("0812345678", "somsri-pass")
    shop = api.login("0861112222", "shop-pass")
    agent = api.login("0810000001", "agent-pass")
    checks = [
        ("GET", "/api/v1/me/wallet", None, 401),
        ("GET", "/api/v1/me/wallet", shop, 403),
        ("POST", f"/api/v1/shops/{api.world.shop_id}/payment-requests", somsri, 403),
        ("POST", "/api/v1/agent/topups", somsri, 403),
        ("POST", f"/api/v1/operator/merchants/{api.world.shop_id}/status", shop, 403),
        ("POST", f"/api/v1/operator/users/{api.world.somsri.user_id}/pin-reset", agent, 403),
    ]
    body = {"amount_satang": 100, "member_phone": "0812345678", "status": "approved"}
    for method, path, headers, status in checks:
        response = api.client.request(
            method, path, headers={**(headers or {}), "Idempotency-Key": "k"}, json=body
        )
        assert response.status_code == status, (path, response.text)


def test_a_merchant_cannot_use_another_shop(api: Api, world: World) -> None:
    from thungngoen.wallet.people import register_merchant

    def other_shop(connection: Any) -> int:
        owner = create_user(
            connection,
            phone="0867778888",
            name="อีกร้าน",
            role="merchant",
            password="other-pass",
            actor="test",
        )
        return register_merchant(
            connection,
            owner=owner,
            business_name="ร้านอื่น",
            category="food",
            tambon_code="900101",
            payout_promptpay="0867778888",
            actor="test",
        )

    write_transaction(world.engine, other_shop)
    intruder = api.login("0867778888", "other-pass")
    response = api.call(
        "POST", f"/api/v1/shops/{world.shop_id}/payment-requests", intruder, amount_satang=100
    )
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "forbidden"


def test_wrong_pins_lock_and_the_operator_resets(api: Api) -> None:
    somsri = api.login("0812345678", "somsri-pass")
    for attempt in range(5):
        response = api.call(
            "POST",
            "/api/v1/payments/p2p",
            somsri,
            key=f"w{attempt}",
            to_phone="0898765432",
            amount_satang=100,
            pin="000001",
        )
        assert response.status_code == (403 if attempt < 4 else 423), response.text
    operator = api.login("0800000000", "operator-pass")
    reset = api.call(
        "POST", f"/api/v1/operator/users/{api.world.somsri.user_id}/pin-reset", operator
    )
    assert reset.status_code == 204
    assert (
        api.call(
            "PUT", "/api/v1/auth/pin", somsri, pin="564738", password="somsri-pass"
        ).status_code
        == 204
    )
    response = api.call(
        "POST",
        "/api/v1/payments/p2p",
        somsri,
        key="ok",
        to_phone="0898765432",
        amount_satang=100,
        pin="564738",
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "insufficient_funds"
