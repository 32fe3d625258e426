"""An idempotency key names one whole request (issue 12, finding 3): used again for
anything else it is a 409, and any key the API accepts fits the ledger's."""

import pytest

from tests.wallet.api_client import Api
from tests.wallet.conftest import World


@pytest.fixture
def paying(funded: World) -> tuple[Api, dict[str, str]]:
    api = Api(funded)
    member = api.login("0812345678", "somsri-pass")
    pin = api.call("PUT", "/api/v1/auth/pin", member, pin="564738", password="somsri-pass")
    assert pin.status_code == 204
    return api, member


def test_the_same_key_with_another_reference_is_a_conflict(
    world: World, paying: tuple[Api, dict[str, str]]
) -> None:
    api, member = paying
    path = f"/api/v1/shops/{world.shop_id}/pay"
    body = {"amount_satang": 1_000, "pin": "564738"}
    first = api.call("POST", path, member, key="k1", reference="table 4", **body)
    assert first.status_code == 201, first.text
    replay = api.call("POST", path, member, key="k1", reference="table 4", **body)
    assert replay.status_code == 201
    assert replay.json()["payment_id"] == first.json()["payment_id"]
    other = api.call("POST", path, member, key="k1", reference="table 5", **body)
    assert other.status_code == 409, other.text
    assert other.json()["error"]["code"] == "idempotency_conflict"


def test_a_pay_code_charge_takes_any_key_the_api_allows(
    world: World, paying: tuple[Api, dict[str, str]]
) -> None:
    api, member = paying
    made = api.call("POST", "/api/v1/me/pay-codes", member, limit_satang=5_000, pin="564738")
    assert made.status_code == 201, made.text
    shop = api.login("0861112222", "shop-pass")
    key = "k" * 80
    path = f"/api/v1/shops/{world.shop_id}/charges"
    charged = api.call("POST", path, shop, key=key, code=made.json()["code"], amount_satang=2_000)
    assert charged.status_code == 201, charged.text
    again = api.call("POST", path, shop, key=key, code=made.json()["code"], amount_satang=2_000)
    assert again.status_code == 201, again.text
    assert again.json()["payment_id"] == charged.json()["payment_id"]
