"""A member cannot clear their own PIN lock with their password (issue 12, finding 4):
the lock holds until the operator resets it."""

from tests.wallet.api_client import Api
from tests.wallet.conftest import World
from thungngoen.auth.users import create_user
from thungngoen.db import write_transaction


def test_the_password_does_not_undo_a_pin_lock(world: World) -> None:
    write_transaction(
        world.engine,
        lambda c: create_user(
            c, phone="0800000000", name="SK", role="operator", password="operator-pass", actor="t"
        ),
    )
    api = Api(world)
    somsri = api.login("0812345678", "somsri-pass")
    assert (
        api.call(
            "PUT", "/api/v1/auth/pin", somsri, pin="564738", password="somsri-pass"
        ).status_code
        == 204
    )
    for attempt in range(5):
        api.call(
            "POST",
            "/api/v1/payments/p2p",
            somsri,
            key=f"w{attempt}",
            to_phone="0898765432",
            amount_satang=100,
            pin="000001",
        )
    again = api.call("PUT", "/api/v1/auth/pin", somsri, pin="192837", password="somsri-pass")
    assert again.status_code == 423, again.text
    assert again.json()["error"]["code"] == "pin_locked"
    paid = api.call(
        "POST",
        "/api/v1/payments/p2p",
        somsri,
        key="after",
        to_phone="0898765432",
        amount_satang=100,
        pin="192837",
    )
    assert paid.status_code == 423
    operator = api.login("0800000000", "operator-pass")
    reset = api.call("POST", f"/api/v1/operator/users/{world.somsri.user_id}/pin-reset", operator)
    assert reset.status_code == 204
    fresh = api.call("PUT", "/api/v1/auth/pin", somsri, pin="192837", password="somsri-pass")
    assert fresh.status_code == 204
