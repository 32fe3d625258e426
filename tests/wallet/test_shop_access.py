"""Who runs a shop (``wallet.access``), asked by every shop route; and the one limit on a
payment's reference (``checkout.MAX_REFERENCE``), kept by every way of paying a shop."""

from typing import Any

import pytest
from sqlalchemy import Connection, func, select

from tests.wallet.api_client import Api
from tests.wallet.conftest import World
from thungngoen.auth.errors import Forbidden
from thungngoen.auth.users import User, create_user, find_by_phone
from thungngoen.clock import utc_now
from thungngoen.db import read_transaction, write_transaction
from thungngoen.ledger.tables import transfers
from thungngoen.wallet import owned_shops, owns_shop, people, require_own_shop
from thungngoen.wallet.checkout import MAX_REFERENCE, pay_merchant
from thungngoen.wallet.errors import ReferenceTooLong
from thungngoen.wallet.tables import payment_requests, payments

SHOP_OWNER = ("0861112222", "shop-pass")
SOMSRI = ("0812345678", "somsri-pass")
SOMSRI_PIN = "482915"


def second_shop(connection: Connection, owner: User, name: str) -> int:
    return people.register_merchant(
        connection,
        owner=owner,
        business_name=name,
        category="food",
        tambon_code="900101",
        payout_promptpay=owner.phone,
        actor="test",
    )


def other_owner(world: World) -> tuple[User, int]:
    """Another merchant user and their shop."""

    def register(connection: Connection) -> tuple[User, int]:
        owner = create_user(
            connection,
            phone="0867778888",
            name="อีกร้าน",
            role="merchant",
            password="other-pass",
            actor="test",
        )
        return owner, second_shop(connection, owner, "ร้านอื่น")

    return write_transaction(world.engine, register)


def shop_owner(world: World) -> User:
    with read_transaction(world.engine) as connection:
        owner = find_by_phone(connection, SHOP_OWNER[0])
    assert owner is not None
    return owner


def footprint(world: World) -> tuple[int, ...]:
    """Rows that a payment or a payment request would add."""
    with read_transaction(world.engine) as connection:
        return tuple(
            connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in (transfers, payments, payment_requests)
        )


def test_a_merchant_runs_their_own_shops_only(world: World) -> None:
    owner = shop_owner(world)
    other, others_shop = other_owner(world)
    later = write_transaction(world.engine, lambda c: second_shop(c, owner, "ร้านสาขาสอง"))
    with read_transaction(world.engine) as connection:
        assert [shop.id for shop in owned_shops(connection, owner)] == [world.shop_id, later]
        assert [shop.id for shop in owned_shops(connection, other)] == [others_shop]
        assert require_own_shop(connection, owner, world.shop_id).id == world.shop_id
        assert owns_shop(connection, owner, later)
        assert not owns_shop(connection, owner, others_shop)
        assert not owns_shop(connection, owner, 999)
        for refused in (others_shop, 999):  # another's shop and no shop alike
            with pytest.raises(Forbidden):
                require_own_shop(connection, owner, refused)


def test_every_shop_route_refuses_another_merchant(funded: World) -> None:
    world, api = funded, Api(funded)
    other_owner(world)
    intruder = api.login("0867778888", "other-pass")
    shop = f"/api/v1/shops/{world.shop_id}"
    calls: list[tuple[str, dict[str, Any]]] = [
        (f"{shop}/payment-requests", {"amount_satang": 100}),
        (f"{shop}/charges", {"code": "x", "amount_satang": 100}),
        (f"{shop}/payments/1/refunds", {"amount_satang": 100}),
        (f"{shop}/voucher-redemptions", {"code": "x"}),
        ("/api/v1/shops/999/payment-requests", {"amount_satang": 100}),
    ]
    for path, body in calls:
        response = api.call("POST", path, intruder, key="k", **body)
        assert response.status_code == 403, (path, response.text)
        assert response.json()["error"]["code"] == "forbidden"


def test_the_static_qr_api_refuses_a_reference_over_60_characters(funded: World) -> None:
    world, api = funded, Api(funded)
    somsri = api.login(*SOMSRI)
    path = f"/api/v1/shops/{world.shop_id}/pay"
    before = footprint(world)
    too_long = api.call(
        "POST", path, somsri, key="p1", amount_satang=500, pin=SOMSRI_PIN, reference="x" * 61
    )
    assert too_long.status_code == 422, too_long.text
    assert too_long.json()["error"]["code"] == "reference_too_long"
    assert footprint(world) == before
    at_limit = api.call(
        "POST", path, somsri, key="p2", amount_satang=500, pin=SOMSRI_PIN, reference="x" * 60
    )
    assert at_limit.status_code == 201, at_limit.text
    with read_transaction(world.engine) as connection:
        details = connection.execute(select(payments.c.details)).scalar_one()
    assert details["reference"] == "x" * 60


def test_a_payment_request_keeps_the_same_limit(funded: World) -> None:
    world, api = funded, Api(funded)
    shop = api.login(*SHOP_OWNER)
    path = f"/api/v1/shops/{world.shop_id}/payment-requests"
    before = footprint(world)
    too_long = api.call("POST", path, shop, amount_satang=500, reference="x" * 61)
    assert too_long.status_code == 422, too_long.text
    assert too_long.json()["error"]["code"] == "reference_too_long"
    assert footprint(world) == before
    assert api.call("POST", path, shop, amount_satang=500, reference="x" * 60).status_code == 201


def test_the_checkout_refuses_a_long_reference_whatever_the_channel(funded: World) -> None:
    world = funded
    before = footprint(world)
    with pytest.raises(ReferenceTooLong):
        write_transaction(
            world.engine,
            lambda c: pay_merchant(
                c,
                member=world.somsri,
                merchant_id=world.shop_id,
                amount=500,
                channel="test",
                idempotency_key="long",
                now=utc_now(),
                reference="ก" * (MAX_REFERENCE + 1),
            ),
        )
    assert footprint(world) == before
