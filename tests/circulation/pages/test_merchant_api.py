"""``GET /api/v1/circulation/merchants/{id}``: one shop's figures for the staff, on both
databases (the ``engine`` fixture). The figures are worked out by hand in ``shops``."""

import pytest
from fastapi.testclient import TestClient

from tests.circulation.pages.conftest import SHOP_NAMES, STAFF, STAFF_PASSWORD, Town
from tests.circulation.pages.shops import HELD_DAYS, SHOP_TOTALS, WHOLESALER_TOTALS, shops_of
from thungngoen.circulation import rollup
from thungngoen.web.app import create_app

API = "/api/v1/circulation/merchants/{}"


def _client(town: Town, role: str) -> TestClient:
    client = TestClient(create_app(town.engine))
    if role == "member":
        phone, password = town.economy.phone_of[town.members[0].id], "member-pass"
    else:
        phone, password = STAFF[role], STAFF_PASSWORD
    response = client.post("/api/v1/auth/login", json={"phone": phone, "password": password})
    assert response.status_code == 200, response.text
    client.headers["Authorization"] = f"Bearer {response.json()['token']}"
    return client


def _totals(body: dict[str, object]) -> dict[str, object]:
    totals = body["totals"]
    assert isinstance(totals, dict)
    return {
        name.removesuffix("_satang").replace("_", "-"): value
        for name, value in totals.items()
        if name.endswith("_satang")
    }


@pytest.mark.parametrize("role", ["operator", "auditor"])
def test_staff_read_a_shop_over_the_api(town: Town, role: str) -> None:
    shops, client = shops_of(town), _client(town, role)
    response = client.get(API.format(shops.shop))
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["merchant_id"], body["business_name"]) == (shops.shop, SHOP_NAMES[0])
    assert (body["tambon_name"], body["grain"]) == ("บ่อยาง", "day")
    assert (body["period_from"], body["period_to"]) == ("2026-03-02", "2026-04-05")
    assert body["as_of_transfer"] == rollup.watermark(town.engine) > 0  # it refreshed
    assert _totals(body) == SHOP_TOTALS
    assert body["totals"]["respend_share"] == pytest.approx(300 / 940)
    assert len(body["series"]) == HELD_DAYS
    [april] = [row for row in body["series"] if row["period_from"] == "2026-04-05"]
    assert april["figures"]["purchases_satang"] == 24_000
    wholesaler = client.get(API.format(shops.wholesaler)).json()
    assert _totals(wholesaler) == WHOLESALER_TOTALS
    assert wholesaler["totals"]["respend_share"] == 0


def test_a_period_over_62_days_comes_by_month(town: Town) -> None:
    client, shop = _client(town, "operator"), shops_of(town).shop
    body = client.get(API.format(shop), params={"from": "2026-02-01", "to": "2026-04-30"}).json()
    assert body["grain"] == "month"
    assert [(row["period_from"], row["period_to"]) for row in body["series"]] == [
        ("2026-02-01", "2026-02-28"),
        ("2026-03-01", "2026-03-31"),
        ("2026-04-01", "2026-04-30"),
    ]
    received = [row["figures"]["received_satang"] for row in body["series"]]
    assert received == [0, 70_000, 24_000]


def test_an_unknown_shop_is_404_with_the_error_body(town: Town) -> None:
    client = _client(town, "auditor")
    for merchant_id in (shops_of(town).wholesaler + 100, 10**30, -1):
        response = client.get(API.format(merchant_id))
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "unknown_merchant"


@pytest.mark.parametrize(
    ("params", "status"),
    [({"from": "2026-04-01", "to": "2026-03-01"}, 422), ({"from": "1 April"}, 422)],
)
def test_a_bad_period_is_refused(town: Town, params: dict[str, str], status: int) -> None:
    response = _client(town, "operator").get(API.format(shops_of(town).shop), params=params)
    assert response.status_code == status
    assert "totals" not in response.text


def test_only_staff_may_ask(town: Town) -> None:
    path = API.format(shops_of(town).shop)
    assert _client(town, "member").get(path).status_code == 403
    assert TestClient(create_app(town.engine)).get(path).status_code == 401
