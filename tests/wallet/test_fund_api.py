"""Issue 13 through the JSON API: the operator records a donation or a grant into a
community fund, once per key; everyone else is refused; the statement lists it."""

from typing import Any

import pytest
from sqlalchemy import func, select

from tests.wallet.api_client import AUDITOR, OPERATOR, Api, error_of, with_staff
from tests.wallet.conftest import World
from tests.wallet.program_helpers import assert_sound, footprint
from tests.wallet.test_program_api import AGENT, SHOP_OWNER, SOMSRI
from thungngoen.db import read_transaction
from thungngoen.ledger.tables import transfers
from thungngoen.wallet.tables import fund_gifts

GIFTS = "/api/v1/funds/citizens-day/gifts"
GRANT: dict[str, Any] = {
    "kind": "grant",
    "amount_satang": 5_000_050,
    "donor": "เทศบาลนครสงขลา",
    "reference": "สข 52001/123",
}


@pytest.fixture
def api(world: World) -> Api:
    return with_staff(world)


def test_the_operator_records_a_grant_once(api: Api, world: World) -> None:
    operator = api.login(*OPERATOR)
    given = api.call("POST", GIFTS, operator, key="g-1", **GRANT)
    assert given.status_code == 201, given.text
    gift = given.json()
    assert (gift["fund_code"], gift["kind"], gift["amount_satang"]) == (
        "citizens-day",
        "grant",
        5_000_050,
    )
    assert gift["amount_in_words"] == "ห้าหมื่นบาทห้าสิบสตางค์"
    assert gift["receipt_number"] == f"FG-{gift['id']:06d}"
    before = footprint(world)
    replay = api.call("POST", GIFTS, operator, key="g-1", **GRANT)
    assert (replay.status_code, replay.json()) == (201, gift)
    assert footprint(world) == before
    other = api.call("POST", GIFTS, operator, key="g-1", **{**GRANT, "amount_satang": 100})
    assert error_of(other, 409)["code"] == "idempotency_conflict"
    assert footprint(world) == before
    receipt = api.call("GET", f"{GIFTS}/{gift['id']}", api.login(*AUDITOR))
    assert receipt.json() == gift
    assert api.call("GET", f"/api/v1/funds/welfare/gifts/{gift['id']}", operator).status_code == 404
    assert_sound(world)


def test_the_statement_lists_the_gift(api: Api, world: World) -> None:
    operator = api.login(*OPERATOR)
    gift = api.call("POST", GIFTS, operator, key="g-1", **GRANT).json()
    donation = {**GRANT, "kind": "donation", "amount_satang": 10_000, "donor": "วัดกลาง"}
    assert api.call("POST", GIFTS, operator, key="g-2", **donation).status_code == 201
    statement = api.call("GET", "/api/v1/funds/citizens-day/statement", api.login(*AUDITOR))
    assert statement.status_code == 200, statement.text
    body = statement.json()
    assert body["balance_satang"] == 5_010_050
    newest, oldest = body["movements"]
    assert (newest["purpose"], newest["amount_satang"], newest["gift"]["donor"]) == (
        "donation",
        10_000,
        "วัดกลาง",
    )
    assert (oldest["purpose"], oldest["gift"]["id"]) == ("grant", gift["id"])
    paged = api.call("GET", "/api/v1/funds/citizens-day/statement?limit=1", operator).json()
    assert len(paged["movements"]) == 1
    assert paged["next_before"] is not None
    assert api.call("GET", "/api/v1/funds/nowhere/statement", operator).status_code == 404


def gifts_and_transfers(world: World) -> tuple[int, int]:
    with read_transaction(world.engine) as connection:
        return tuple(  # type: ignore[return-value]
            connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in (fund_gifts, transfers)
        )


def test_only_the_operator_records_a_gift(api: Api, world: World) -> None:
    before = gifts_and_transfers(world)
    for who in (AUDITOR, SOMSRI, AGENT, SHOP_OWNER):
        refused = api.call("POST", GIFTS, api.login(*who), key=f"g-{who[0]}", **GRANT)
        assert error_of(refused, 403)["code"] == "forbidden", who
    assert api.call("POST", GIFTS, None, key="g-x", **GRANT).status_code == 401
    for who in (SOMSRI, AGENT, SHOP_OWNER):
        path = "/api/v1/funds/citizens-day/statement"
        assert api.call("GET", path, api.login(*who)).status_code == 403, who
    assert gifts_and_transfers(world) == before


@pytest.mark.parametrize(
    "change",
    [
        {"amount_satang": 0},
        {"amount_satang": -1},
        {"amount_satang": "100"},
        {"amount_satang": 100.0},
        {"amount_satang": True},
        {"amount_satang": 500_000_001},
        {"kind": "loan"},
        {"donor": ""},
        {"donor": "ก" * 201},
        {"reference": "x" * 61},
        {"tip": 1},
    ],
)
def test_a_bad_gift_is_refused_with_422(api: Api, world: World, change: dict[str, Any]) -> None:
    operator = api.login(*OPERATOR)
    before = footprint(world)
    refused = api.call("POST", GIFTS, operator, key="g-bad", **{**GRANT, **change})
    assert refused.status_code == 422, refused.text
    assert footprint(world) == before


def test_an_unknown_fund_or_a_missing_key_is_refused(api: Api, world: World) -> None:
    operator = api.login(*OPERATOR)
    unknown = api.call("POST", "/api/v1/funds/nowhere/gifts", operator, key="g-1", **GRANT)
    assert error_of(unknown, 422)["code"] == "unknown_fund"
    assert api.call("POST", GIFTS, operator, **GRANT).status_code in (400, 422)
