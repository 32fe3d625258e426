"""PromptPay top-ups through the API: a member asks, the operator's statement pays it."""

from datetime import datetime, timedelta
from typing import Any

import pytest
from httpx import Response
from sqlalchemy import Connection, select, update

from tests.wallet.api_client import Api as BaseApi
from tests.wallet.conftest import World
from thungngoen.audit.tables import audit_log
from thungngoen.auth.users import create_user
from thungngoen.db import read_transaction, write_transaction
from thungngoen.ledger.tables import transfers
from thungngoen.thai import THAI_TIME
from thungngoen.topups.tables import statement_lines
from thungngoen.wallet.promptpay import parse_emv, parse_tlv
from thungngoen.wallet.tables import topup_requests

HEADER = "date,time,amount,description,reference,bank_ref\n"
THAI_HEADER = "วันที่,เวลา,รายการ,ถอน,ฝาก,คงเหลือ,รายละเอียด\n"
CSV = {"Content-Type": "text/csv"}
SOMSRI, ANAN, OPERATOR = "0812345678", "0898765432", "0800000000"
WATCHED = (topup_requests, statement_lines, transfers, audit_log)


class Api(BaseApi):
    def upload(self, who: dict[str, str], text: str, content_type: str = "text/csv") -> Response:
        response: Response = self.client.post(
            "/api/v1/operator/bank-statements",
            headers={**who, "Content-Type": content_type},
            content=text.encode("utf-8"),
        )
        return response

    def balance(self, who: dict[str, str]) -> int:
        wallet = self.client.get("/api/v1/me/wallet", headers=who)
        assert wallet.status_code == 200, wallet.text
        balance: int = wallet.json()["balance_satang"]
        return balance


@pytest.fixture
def api(world: World) -> Api:
    def staff(connection: Connection) -> None:
        for phone, role in ((OPERATOR, "operator"), ("0800000009", "auditor")):
            create_user(
                connection, phone=phone, name=role, role=role, password=f"{role}-pass", actor="t"
            )

    write_transaction(world.engine, staff)
    return Api(world)


def snapshot(world: World) -> list[list[tuple[Any, ...]]]:
    with read_transaction(world.engine) as connection:
        return [
            [tuple(row) for row in connection.execute(select(t).order_by(*t.primary_key))]
            for t in WATCHED
        ]


def booked_now() -> str:
    """Today's date and time as the bank prints them (Thai time, to the minute)."""
    return f"{datetime.now(THAI_TIME):%Y-%m-%d,%H:%M}"


def test_a_member_tops_up_by_promptpay_and_the_statement_pays_it(api: Api) -> None:
    somsri, anan = api.login(SOMSRI, "somsri-pass"), api.login(ANAN, "anan-pass1")
    operator = api.login(OPERATOR, "operator-pass")
    asked = api.client.post(
        "/api/v1/me/promptpay-topups", headers=somsri, json={"amount_satang": 10_000}
    )
    assert asked.status_code == 201, asked.text
    mine = asked.json()
    assert (mine["requested_satang"], mine["amount_satang"], mine["status"]) == (
        10_000,
        10_000,
        "open",
    )
    fields = parse_emv(mine["payload"])
    assert (fields["54"], parse_tlv(fields["62"])) == ("100.00", {"05": mine["reference"]})
    assert mine["qr_svg"].startswith("<svg")
    created, expires = (datetime.fromisoformat(mine[key]) for key in ("created_at", "expires_at"))
    assert expires - created == timedelta(hours=24)
    bumped = api.client.post(
        "/api/v1/me/promptpay-topups", headers=anan, json={"amount_satang": 10_000}
    )
    assert bumped.json()["amount_satang"] == 10_001  # unique among open requests
    listed = api.client.get("/api/v1/me/promptpay-topups", headers=somsri).json()
    assert [request["request_id"] for request in listed] == [mine["request_id"]]

    now = booked_now()
    statement = HEADER + (
        f"{now},100.00,PromptPay from Somsri,{mine['reference']},FT001\n"
        f"{now},100.01,PromptPay no reference,,FT002\n"
        f"{now},55.55,Unknown sender,,FT003\n"
        f"{now},12.34,Wrong account,,FT004\n"
        f"{now},-30.00,Bank fee,,FT005\n"
    )
    imported = api.upload(operator, statement)
    assert imported.status_code == 200, imported.text
    report = imported.json()
    assert [report[key] for key in ("new", "duplicate", "matched", "unmatched")] == [4, 0, 2, 2]
    assert [line["bank_ref"] for line in report["unmatched_lines"]] == ["FT003", "FT004"]
    assert report["unmatched_lines"][0]["amount_satang"] == 5_555
    assert (api.balance(somsri), api.balance(anan)) == (10_000, 10_001)
    assert api.client.get("/api/v1/me/promptpay-topups", headers=somsri).json() == []
    coin = api.client.get("/api/v1/me/statement", headers=somsri).json()
    assert [(line["amount_satang"], line["purpose"]) for line in coin] == [
        (10_000, "topup_promptpay")
    ]

    before = snapshot(api.world)
    again = api.upload(operator, statement).json()
    assert [again[key] for key in ("new", "duplicate", "matched", "unmatched")] == [0, 4, 0, 0]
    assert snapshot(api.world) == before

    waiting = api.client.get("/api/v1/operator/statement-lines/unmatched", headers=operator).json()
    unknown, wrong = (line["line_id"] for line in waiting)
    assigned = api.client.post(
        f"/api/v1/operator/statement-lines/{unknown}/assign",
        headers=operator,
        json={"member_phone": ANAN},
    )
    assert assigned.status_code == 200, assigned.text
    assert (assigned.json()["status"], assigned.json()["matched_by"]) == ("assigned", "operator")
    assert api.balance(anan) == 10_001 + 5_555
    refunded = api.client.post(
        f"/api/v1/operator/statement-lines/{wrong}/refund",
        headers=operator,
        json={"note": "โอนคืนผู้ส่งแล้ว"},
    )
    assert refunded.status_code == 200, refunded.text
    assert (refunded.json()["status"], refunded.json()["transfer_id"]) == ("refunded", None)
    assert (
        api.client.get("/api/v1/operator/statement-lines/unmatched", headers=operator).json() == []
    )
    reserve = api.client.get("/api/v1/reserve").json()
    assert reserve == {
        "coin_outstanding_satang": 25_556,
        "baht_backing_satang": 25_556,
        "baht_in_bank_satang": 25_556,
        "cash_at_agents_satang": 0,
        "balanced": True,
    }


def test_the_operator_expires_old_requests(api: Api) -> None:
    somsri = api.login(SOMSRI, "somsri-pass")
    operator = api.login(OPERATOR, "operator-pass")
    for amount in (10_000, 20_000):
        made = api.client.post(
            "/api/v1/me/promptpay-topups", headers=somsri, json={"amount_satang": amount}
        )
        assert made.status_code == 201, made.text
    expire = "/api/v1/operator/promptpay-topups/expire"
    assert api.client.post(expire, headers=operator).json() == {"expired": 0}
    overdue = datetime.now(THAI_TIME) - timedelta(minutes=1)
    write_transaction(
        api.world.engine,
        lambda c: c.execute(
            update(topup_requests)
            .where(topup_requests.c.amount == 10_000)
            .values(expires_at=overdue)
        ),
    )
    assert api.client.post(expire, headers=operator).json() == {"expired": 1}
    still_open = api.client.get("/api/v1/me/promptpay-topups", headers=somsri).json()
    assert [request["amount_satang"] for request in still_open] == [20_000]


def test_rejections_change_nothing(api: Api) -> None:
    somsri = api.login(SOMSRI, "somsri-pass")
    operator = api.login(OPERATOR, "operator-pass")
    for amount in (1_000, 2_000, 3_000):
        api.client.post(
            "/api/v1/me/promptpay-topups", headers=somsri, json={"amount_satang": amount}
        )
    api.upload(operator, HEADER + f"{booked_now()},77.77,Unknown,,FT900\n")
    [line] = api.client.get("/api/v1/operator/statement-lines/unmatched", headers=operator).json()
    decided = f"/api/v1/operator/statement-lines/{line['line_id']}"
    before = snapshot(api.world)
    thai = THAI_HEADER + "15/03/2568,10:00,โอนเงิน,,50.00,,พร้อมเพย์\n"
    rejected: list[tuple[Response, int, str]] = [
        (
            api.client.post(
                "/api/v1/me/promptpay-topups", headers=somsri, json={"amount_satang": 4_000}
            ),
            422,
            "topup_too_many_open",
        ),
        (api.upload(operator, HEADER + "2025-03-15,10:00,lots,,,FT901\n"), 422, "statement_format"),
        (api.upload(operator, HEADER, content_type="application/json"), 422, "statement_upload"),
        (
            api.client.post(
                "/api/v1/operator/bank-statements",
                headers={**operator, **CSV},
                content=thai.encode("cp874"),
            ),
            422,
            "statement_upload",  # cp874 bytes sent as UTF-8
        ),
        (
            api.client.post(
                f"{decided}/assign", headers=operator, json={"member_phone": "0899999999"}
            ),
            404,
            "unknown_member",
        ),
        (
            api.client.post(
                "/api/v1/operator/statement-lines/9999/assign",
                headers=operator,
                json={"member_phone": ANAN},
            ),
            404,
            "unknown_statement_line",
        ),
        (
            api.client.post(f"{decided}/refund", headers=operator, json={"note": "   "}),
            422,
            "decision_note_required",
        ),
    ]
    for response, status, code in rejected:
        assert (response.status_code, response.json()["error"]["code"]) == (status, code)
    assert snapshot(api.world) == before

    thai_ok = api.client.post(
        "/api/v1/operator/bank-statements",
        headers={**operator, "Content-Type": "text/csv; charset=cp874"},
        content=thai.encode("cp874"),
    )
    assert thai_ok.status_code == 200, thai_ok.text
    assert thai_ok.json()["unmatched_lines"][0]["description"] == "โอนเงิน พร้อมเพย์"
    refunded = api.client.post(f"{decided}/refund", headers=operator, json={"note": "returned"})
    assert refunded.status_code == 200
    twice = api.client.post(f"{decided}/assign", headers=operator, json={"member_phone": ANAN})
    assert (twice.status_code, twice.json()["error"]["code"]) == (409, "statement_line_decided")


def test_who_may_do_what(api: Api) -> None:
    somsri = api.login(SOMSRI, "somsri-pass")
    shop = api.login("0861112222", "shop-pass")
    agent = api.login("0810000001", "agent-pass")
    operator = api.login(OPERATOR, "operator-pass")
    auditor = api.login("0800000009", "auditor-pass")
    api.upload(operator, HEADER + f"{booked_now()},77.77,Unknown,,FT800\n")
    [line] = api.client.get("/api/v1/operator/statement-lines/unmatched", headers=auditor).json()
    lines = f"/api/v1/operator/statement-lines/{line['line_id']}"
    before = snapshot(api.world)
    checks: list[tuple[str, str, dict[str, str], int]] = [
        ("POST", "/api/v1/me/promptpay-topups", {}, 401),
        ("POST", "/api/v1/me/promptpay-topups", operator, 403),
        ("POST", "/api/v1/me/promptpay-topups", shop, 403),
        ("GET", "/api/v1/me/promptpay-topups", {}, 401),
        ("GET", "/api/v1/me/promptpay-topups", agent, 403),
        ("POST", "/api/v1/operator/bank-statements", {}, 401),
        ("POST", "/api/v1/operator/bank-statements", somsri, 403),
        ("POST", "/api/v1/operator/bank-statements", auditor, 403),
        ("POST", "/api/v1/operator/bank-statements", agent, 403),
        ("GET", "/api/v1/operator/statement-lines/unmatched", {}, 401),
        ("GET", "/api/v1/operator/statement-lines/unmatched", somsri, 403),
        ("GET", "/api/v1/operator/statement-lines/unmatched", shop, 403),
        ("POST", f"{lines}/assign", {}, 401),
        ("POST", f"{lines}/assign", somsri, 403),
        ("POST", f"{lines}/assign", auditor, 403),
        ("POST", f"{lines}/refund", somsri, 403),
        ("POST", f"{lines}/refund", auditor, 403),
        ("POST", "/api/v1/operator/promptpay-topups/expire", {}, 401),
        ("POST", "/api/v1/operator/promptpay-topups/expire", somsri, 403),
        ("POST", "/api/v1/operator/promptpay-topups/expire", auditor, 403),
    ]
    body = {"amount_satang": 10_000, "member_phone": SOMSRI, "note": "n"}
    for method, path, headers, status in checks:
        response = api.client.request(method, path, headers=headers, json=body)
        assert response.status_code == status, (method, path, response.text)
    upload = api.upload({}, HEADER + f"{booked_now()},5.00,x,,FT801\n", content_type="text/plain")
    assert upload.status_code == 401  # the caller is checked before the body is read
    assert snapshot(api.world) == before


def test_without_the_operators_promptpay_id_the_api_refuses_in_thai_and_english(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("THUNGNGOEN_OPERATOR_PROMPTPAY_ID")
    somsri = api.login(SOMSRI, "somsri-pass")
    before = snapshot(api.world)
    refused = api.client.post(
        "/api/v1/me/promptpay-topups", headers=somsri, json={"amount_satang": 10_000}
    )
    assert refused.status_code == 503, refused.text
    body = refused.json()["error"]
    assert body["code"] == "topup_promptpay_unconfigured"
    assert "not configured" in body["message"]
    assert "พร้อมเพย์" in body["message_th"]
    assert snapshot(api.world) == before
