"""Money and ids are strict integers in range at the API's edge (issue 12, findings 1
and 2): a loose type never becomes money, a huge number never becomes a server error."""

from typing import Any

import pytest
from sqlalchemy import func, select

from tests.wallet.api_client import Api
from tests.wallet.conftest import World
from thungngoen.db import read_transaction
from thungngoen.ledger.tables import transfers
from thungngoen.web.api_fields import MAX_ID, MAX_SATANG


@pytest.fixture
def somsri(world: World) -> tuple[Api, dict[str, str]]:
    api = Api(world)
    member = api.login("0812345678", "somsri-pass")
    pin = api.call("PUT", "/api/v1/auth/pin", member, pin="564738", password="somsri-pass")
    assert pin.status_code == 204, pin.text
    return api, member


def _transfers(world: World) -> int:
    with read_transaction(world.engine) as connection:
        return int(connection.execute(select(func.count()).select_from(transfers)).scalar_one())


@pytest.mark.parametrize(
    "amount", [True, "100", 100.0, "1_000", " 100 ", 0, -100, MAX_SATANG + 1, 2**63]
)
def test_a_loose_or_out_of_range_amount_is_refused_and_moves_nothing(
    world: World, somsri: tuple[Api, dict[str, str]], amount: Any
) -> None:
    api, member = somsri
    before = _transfers(world)
    for path, body in (
        ("/api/v1/payments/p2p", {"to_phone": "0898765432", "pin": "564738"}),
        (f"/api/v1/shops/{world.shop_id}/pay", {"pin": "564738"}),
    ):
        response = api.call("POST", path, member, key=f"k-{path}", amount_satang=amount, **body)
        assert response.status_code == 422, (path, amount, response.text)
        assert "amount_satang" in response.text
    assert _transfers(world) == before


@pytest.mark.parametrize("shop", [0, -1, MAX_ID + 1, 10**30])
def test_a_shop_number_out_of_range_is_refused_not_a_server_error(
    world: World, somsri: tuple[Api, dict[str, str]], shop: int
) -> None:
    api, member = somsri
    response = api.call(
        "POST", f"/api/v1/shops/{shop}/pay", member, key="k", amount_satang=100, pin="564738"
    )
    assert response.status_code == 422, response.text
    assert "merchant_id" in response.text


def test_a_strict_amount_in_range_still_pays(
    funded: World, somsri: tuple[Api, dict[str, str]]
) -> None:
    api, member = somsri
    paid = api.call(
        "POST",
        f"/api/v1/shops/{funded.shop_id}/pay",
        member,
        key="ok",
        amount_satang=100,
        pin="564738",
    )
    assert paid.status_code == 201, paid.text
    assert paid.json()["amount_satang"] == 100
