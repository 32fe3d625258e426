"""``/api/v1/circulation``: the public summary and series (aggregates only, small cells
and areas held back) and the staff's report, CSV and merchant table."""

from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from tests.circulation.economy import BAHT, BO_YANG, HAT_YAI, KHAO_RUP_CHANG, Economy, at
from tests.spreadsheets import csv_rows
from thungngoen.auth.users import create_user
from thungngoen.circulation import api, rollup
from thungngoen.db import write_transaction
from thungngoen.web.app import create_app

SHOPS = ("ร้านข้าวหนึ่ง", "ร้านชำสอง", "ร้านค้าส่งสาม")


@dataclass
class Village:
    client: TestClient
    economy: Economy
    shops: list[int]

    def login(self, role: str) -> dict[str, str]:
        phone = self.economy.new_phone()
        write_transaction(
            self.economy.engine,
            lambda c: create_user(
                c, phone=phone, name=role, role=role, password="secret-pass", actor="test"
            ),
        )
        response = self.client.post(
            "/api/v1/auth/login", json={"phone": phone, "password": "secret-pass"}
        )
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['token']}"}


@pytest.fixture
def village(engine: Engine) -> Village:
    """Six members of Bo Yang (A) buy for 100 each at shop 1 (A); two of Khao Rup Chang
    (B) buy for 50 each there; shop 1 pays the Hat Yai wholesaler (C) 300, which redeems
    100. Cells: A → A (6 members paying: shown), B → A (2: held back), A → C (shops
    only: shown)."""
    economy = Economy(engine)
    shops = [
        economy.shop(SHOPS[0], BO_YANG),
        economy.shop(SHOPS[1], BO_YANG, "grocery"),
        economy.shop(SHOPS[2], HAT_YAI, "wholesale"),
    ]
    for n in range(8):
        member = economy.member(f"สมาชิก{n}", BO_YANG if n < 6 else KHAO_RUP_CHANG)
        economy.top_up(member, 200, at(2, 9))
        economy.buy(member, shops[0], 100 if n < 6 else 50, at(2, 10 + n))
    economy.supply(shops[0], shops[2], 300, at(3, 9))
    economy.redeem(shops[2], 100, at(4, 9))
    return Village(TestClient(create_app(engine)), economy, shops)


def test_public_summary_shows_only_aggregates(village: Village) -> None:
    response = village.client.get("/api/v1/circulation/summary")
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["period_from"], body["period_to"]) == ("2026-03-01", "2026-03-31")
    assert body["suppressed"] is False
    assert body["threshold"] == 5
    figures = body["figures"]
    assert figures["lm3"]["r1_satang"] == 700 * BAHT
    assert figures["lm3"]["r2_satang"] == 300 * BAHT
    assert figures["active_members"] == 8
    cells = {(c["origin"], c["dest"]): c["amount_satang"] for c in body["cells"]}
    assert cells == {(BO_YANG, BO_YANG): 600 * BAHT, (BO_YANG, HAT_YAI): 300 * BAHT}
    assert body["suppressed_cells"] == 1
    assert [(c["origin"], c["dest"]) for c in body["corridors"]] == [(BO_YANG, HAT_YAI)]
    assert not any(name in response.text for name in SHOPS)
    assert "top_merchants" not in body


def test_public_summary_holds_back_a_small_area(village: Village) -> None:
    """Khao Rup Chang has two active members, Hat Yai none: no figures for either."""
    for area in (KHAO_RUP_CHANG, HAT_YAI):
        body = village.client.get("/api/v1/circulation/summary", params={"area": area}).json()
        assert body["suppressed"] is True
        assert body["figures"] is None
        assert body["area"]["code"] == area
    assert (
        village.client.get("/api/v1/circulation/summary", params={"area": "9001"}).json()[
            "figures"
        ]["active_members"]
        == 8
    )


def test_public_series_by_month(village: Village) -> None:
    response = village.client.get(
        "/api/v1/circulation/series", params={"from": "2026-02", "to": "2026-03"}
    )
    assert response.status_code == 200, response.text
    points = response.json()["points"]
    assert [p["month"] for p in points] == ["2026-02-01", "2026-03-01"]
    assert [p["suppressed"] for p in points] == [True, False]
    assert points[1]["figures"]["spend_satang"] == 1_000 * BAHT


def test_public_rejections(village: Village) -> None:
    backwards = village.client.get(
        "/api/v1/circulation/summary", params={"from": "2026-03", "to": "2026-02"}
    )
    assert backwards.status_code == 422
    assert backwards.json()["error"]["code"] == "invalid_period"
    assert village.client.get("/api/v1/circulation/summary?from=March").status_code == 422
    too_long = village.client.get(
        "/api/v1/circulation/series", params={"from": "2020-01", "to": "2026-03"}
    )
    assert too_long.status_code == 422
    assert "at most 36 months" in too_long.json()["error"]["message"]
    unknown = village.client.get("/api/v1/circulation/summary", params={"area": "123456"})
    assert unknown.status_code == 404
    assert unknown.json()["error"]["code"] == "unknown_area"


def test_the_report_is_for_staff_only(village: Village) -> None:
    path = "/api/v1/circulation/report"
    assert village.client.get(path).status_code == 401
    member = village.login("member")
    assert village.client.get(path, headers=member).status_code == 403
    for role in ("operator", "auditor"):
        response = village.client.get(path, headers=village.login(role))
        assert response.status_code == 200, response.text
    body = response.json()
    assert body["top_merchants"][0]["business_name"] == SHOPS[0]
    assert body["top_merchants"][0]["respent_satang"] == 300 * BAHT
    assert {(c["origin"], c["dest"]) for c in body["cells"]} == {
        (BO_YANG, BO_YANG),
        (KHAO_RUP_CHANG, BO_YANG),
        (BO_YANG, HAT_YAI),
    }
    assert body["figures"]["leakage"] == pytest.approx(100 / 1_000)


def test_staff_csv_and_merchants(village: Village) -> None:
    operator = village.login("operator")
    csv_response = village.client.get(
        "/api/v1/circulation/report.csv",
        params={"from": "2026-03-02", "to": "2026-03-02"},
        headers=operator,
    )
    assert csv_response.status_code == 200
    assert csv_response.headers["content-type"].startswith("text/csv")
    assert "circulation-2026-03-02-2026-03-02.csv" in csv_response.headers["content-disposition"]
    assert ["summary", "", "spend_satang", "70000"] in csv_rows(csv_response.content)
    merchants = village.client.get(
        "/api/v1/circulation/merchants", params={"area": HAT_YAI}, headers=operator
    )
    assert merchants.status_code == 200
    assert [(m["merchant_id"], m["redeemed_satang"]) for m in merchants.json()] == [
        (village.shops[2], 100 * BAHT)
    ]
    member = village.login("member")
    assert village.client.get("/api/v1/circulation/merchants", headers=member).status_code == 403


def test_a_call_adds_at_most_a_few_new_transfers(
    village: Village, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A backlog is caught up over several calls (or by ``circulation refresh``), each
    adding at most ``REFRESH_LIMIT`` transfers: no call waits for a whole ledger."""
    monkeypatch.setattr(api, "REFRESH_LIMIT", 10)
    operator = village.login("operator")
    seen = []
    for _ in range(3):
        body = village.client.get("/api/v1/circulation/report", headers=operator).json()
        seen.append(body["as_of_transfer"])
    assert seen == [10, 20, 28]  # 8 top-ups of 2 legs, 8 purchases, 1 supplier, 3 legs
    assert rollup.refresh(village.economy.engine) == 0
