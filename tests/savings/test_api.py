"""The savings API: who may do what, the sheet's idempotency key, rejections as JSON."""

from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import Connection, Engine, insert

from thungngoen import savings
from thungngoen.auth.users import create_user, find_by_phone
from thungngoen.db import read_transaction, write_transaction
from thungngoen.savings.tables import officers
from thungngoen.wallet import book, people
from thungngoen.web.app import create_app

PASSWORD = "secret-pass"
JAN = date(2024, 1, 10)
PEOPLE = {
    "treasurer": "0870000001",
    "chair": "0870000002",
    "secretary": "0870000003",
    "member": "0870000004",
    "outsider": "0870000005",
}
STAFF = {"operator": "0800000008", "auditor": "0800000007"}


@dataclass
class Site:
    client: TestClient
    group: savings.Group
    members: dict[str, savings.SavingsMember]
    tokens: dict[str, dict[str, str]]

    def call(self, method: str, path: str, who: str | None, key: str = "", **body: Any) -> Response:
        headers = dict(self.tokens[who]) if who else {}
        if key:
            headers["Idempotency-Key"] = key
        response: Response = self.client.request(
            method, f"/api/v1/savings{path}", headers=headers, json=body or None
        )
        return response


def _build(connection: Connection) -> tuple[savings.Group, dict[str, savings.SavingsMember]]:
    book.ensure_system_accounts(connection)
    for role, phone in STAFF.items():
        create_user(
            connection,
            phone=phone,
            name=role,
            role=role,
            password=PASSWORD,
            actor="test",
        )
    group = savings.create_group(
        connection,
        code="hua-pom",
        name="กลุ่มสัจจะออมทรัพย์ชุมชนหัวป้อม",
        tambon_code="900101",
        community="ชุมชนหัวป้อม",
        founded_on=date(2024, 1, 1),
        actor="test",
    )
    members = {}
    for who, phone in PEOPLE.items():
        wallet = people.register_member(
            connection, phone=phone, name=who, password=PASSWORD, tambon_code="900101"
        )
        if who != "outsider":
            members[who] = savings.add_member(
                connection,
                group.id,
                wallet_member_id=wallet.id,
                joined_on=date(2024, 1, 1),
                actor="t",
            )
    for office in ("treasurer", "chair", "secretary"):
        savings.appoint_officer(
            connection,
            group.id,
            member_id=members[office].id,
            office=office,
            appointed_on=date(2024, 1, 1),
            actor="test",
        )
    return group, members


@pytest.fixture
def site(engine: Engine) -> Site:
    group, members = write_transaction(engine, _build)
    client = TestClient(create_app(engine))
    phones = {**PEOPLE, **STAFF}
    tokens = {}
    for who, phone in phones.items():
        response = client.post("/api/v1/auth/login", json={"phone": phone, "password": PASSWORD})
        assert response.status_code == 200, response.text
        tokens[who] = {"Authorization": f"Bearer {response.json()['token']}"}
    return Site(client, group, members, tokens)


def _sheet(site: Site, amount: int = 5_000) -> dict[str, Any]:
    lines = [{"member_id": m.id, "commitment": amount} for m in site.members.values()]
    return {"held_on": JAN.isoformat(), "lines": lines}


def test_only_the_operator_creates_groups(site: Site) -> None:
    body: dict[str, Any] = {
        "code": "kao-seng",
        "name": "กลุ่มสัจจะออมทรัพย์ชุมชนเก้าเส้ง",
        "tambon_code": "900101",
        "community": "ชุมชนเก้าเส้ง",
        "founded_on": "2024-02-01",
    }
    assert site.call("POST", "/groups", "treasurer", **body).status_code == 403
    created = site.call("POST", "/groups", "operator", **body)
    assert created.status_code == 201, created.text
    assert created.json()["code"] == "kao-seng"
    again = site.call("POST", "/groups", "operator", **body)
    assert again.json()["error"]["code"] == "duplicate_savings_group"


def test_the_treasurer_posts_a_sheet_once_per_key(site: Site) -> None:
    path = f"/groups/{site.group.id}/meetings"
    assert site.call("POST", path, "treasurer", **_sheet(site)).status_code == 422
    for who in ("secretary", "member", "outsider", "operator"):
        assert site.call("POST", path, who, key="jan", **_sheet(site)).status_code == 403
    first = site.call("POST", path, "treasurer", key="jan", **_sheet(site))
    assert first.status_code == 201, first.text
    report = first.json()
    assert (report["meeting"]["number"], report["cash_in"]) == (1, 20_000)
    again = site.call("POST", path, "treasurer", key="jan", **_sheet(site))
    assert again.json()["meeting"]["id"] == report["meeting"]["id"]
    changed = site.call("POST", path, "treasurer", key="jan", **_sheet(site, 6_000))
    assert changed.status_code == 409
    assert changed.json()["error"]["code"] == "idempotency_conflict"


def test_a_rejected_sheet_names_its_field(site: Site) -> None:
    member = site.members["member"]
    body: dict[str, Any] = {
        "held_on": JAN.isoformat(),
        "lines": [{"member_id": member.id, "commitment": 5_000, "withdrawal": 5_001}],
    }
    response = site.call("POST", f"/groups/{site.group.id}/meetings", "treasurer", key="k", **body)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "withdrawal_over_savings"
    assert response.json()["error"]["field"] == f"m{member.id}.withdrawal"
    meetings = site.call("GET", f"/groups/{site.group.id}/meetings", "treasurer")
    assert meetings.json() == []


def test_the_books_are_for_officers_and_staff(site: Site) -> None:
    path = f"/groups/{site.group.id}"
    for who in ("treasurer", "secretary", "operator", "auditor"):
        response = site.call("GET", path, who)
        assert response.status_code == 200, (who, response.text)
        assert response.json()["books"]["balanced"] is True
    for who in ("member", "outsider"):
        assert site.call("GET", path, who).status_code == 403
    assert site.call("GET", path, None).status_code == 401
    assert [g["code"] for g in site.call("GET", "/groups", "chair").json()] == ["hua-pom"]
    assert site.call("GET", "/groups", "member").json() == []


def test_a_member_reads_only_their_own_passbook(site: Site) -> None:
    site.call("POST", f"/groups/{site.group.id}/meetings", "treasurer", key="j", **_sheet(site))
    own = site.call("GET", "/me/passbooks", "member").json()
    assert [(b["member"]["name"], b["savings"]) for b in own] == [("member", 5_000)]
    member_id = site.members["member"].id
    assert site.call("GET", f"/members/{member_id}/passbook", "member").status_code == 200
    assert site.call("GET", f"/members/{member_id}/passbook", "outsider").status_code == 403
    chair_id = site.members["chair"].id
    assert site.call("GET", f"/members/{chair_id}/passbook", "member").status_code == 403
    assert site.call("GET", f"/members/{chair_id}/passbook", "secretary").status_code == 200
    assert site.call("GET", "/me/passbooks", "outsider").json() == []


def test_a_loan_through_the_api(site: Site) -> None:
    site.call("POST", f"/groups/{site.group.id}/meetings", "treasurer", key="j", **_sheet(site))
    member_id = site.members["member"].id
    body: dict[str, Any] = {
        "member_id": member_id,
        "principal": 15_000,
        "months": 3,
        "purpose": "ทุน",
    }
    path = f"/groups/{site.group.id}/loans"
    assert site.call("POST", path, "member", **body).status_code == 403
    applied = site.call("POST", path, "treasurer", **{**body, "applied_on": "2024-01-10"})
    assert applied.status_code == 201, applied.text
    loan_id = applied.json()["id"]
    decision: dict[str, Any] = {"decided_on": "2024-01-10"}
    assert site.call("POST", f"/loans/{loan_id}/approve", "member", **decision).status_code == 403
    assert site.call("POST", f"/loans/{loan_id}/approve", "chair", **decision).json()["status"] == (
        "applied"
    )
    approved = site.call("POST", f"/loans/{loan_id}/approve", "secretary", **decision)
    assert approved.json()["status"] == "approved"
    waiting = site.call("GET", f"{path}?status=approved", "treasurer").json()
    assert [loan["id"] for loan in waiting] == [loan_id]
    assert site.call("GET", path, "member").status_code == 403
    too_much: dict[str, Any] = {**body, "principal": 15_001, "applied_on": "2024-01-10"}
    refused = site.call("POST", path, "treasurer", **too_much)
    assert refused.json()["error"]["code"] == "over_savings_multiple"
    view = site.call("GET", f"/loans/{loan_id}", "member")
    assert view.status_code == 200
    assert view.json()["loan"]["status"] == "approved"
    assert site.call("GET", f"/loans/{loan_id}", "outsider").status_code == 403


def test_anyone_logged_in_previews_a_schedule_and_the_federation(site: Site) -> None:
    terms: dict[str, Any] = {
        "principal": 100_000,
        "months": 3,
        "interest_bp": 100,
        "start": "2024-01-31",
    }
    lines = site.call("POST", "/schedule", "outsider", **terms).json()
    assert [line["amount"] for line in lines] == [34_333, 34_333, 34_334]
    site.call("POST", f"/groups/{site.group.id}/meetings", "treasurer", key="j", **_sheet(site))
    view = site.call("GET", "/federation", "outsider").json()
    assert (view["groups"], view["members"], view["savings"]) == (1, 4, 20_000)
    assert site.call("GET", "/federation", None).status_code == 401


def test_a_new_version_of_the_rules_takes_effect_from_its_date(site: Site) -> None:
    path = f"/groups/{site.group.id}/regulations"
    body: dict[str, Any] = {"commitment": 6_000, "effective_from": "2024-03-01"}
    assert site.call("POST", path, "member", **body).status_code == 403
    created = site.call("POST", path, "treasurer", **body)
    assert created.status_code == 201, created.text
    assert created.json()["commitment"] == 6_000
    assert "effective_from" not in created.json()
    nowhere = site.call("POST", "/groups/999999/regulations", "operator", **body)
    assert nowhere.status_code == 404, nowhere.text
    assert nowhere.json()["error"]["code"] == "unknown_savings_group"
    with read_transaction(site.client.app.state.engine) as connection:  # type: ignore[attr-defined]
        assert (
            savings.regulation_on(connection, site.group.id, date(2024, 2, 29)).commitment == 5_000
        )
        assert (
            savings.regulation_on(connection, site.group.id, date(2024, 3, 1)).commitment == 6_000
        )


def _user_id(site: Site, phone: str) -> int:
    with read_transaction(site.client.app.state.engine) as connection:  # type: ignore[attr-defined]
        found = find_by_phone(connection, phone)
    assert found is not None
    return found.id


def test_a_seat_is_held_only_by_the_member_s_own_login_and_no_one_seats_themselves(
    site: Site,
) -> None:
    path = f"/groups/{site.group.id}/officers"
    seat = {"office": "collector", "appointed_on": "2024-02-01"}
    member = site.members["member"].id
    for stranger in (PEOPLE["outsider"], STAFF["auditor"], STAFF["operator"]):
        foreign = site.call(
            "POST", path, "operator", member_id=member, user_id=_user_id(site, stranger), **seat
        )
        assert foreign.status_code == 422, foreign.text
        assert foreign.json()["error"]["code"] == "invalid_officer"
    own = site.members["secretary"].id
    herself = site.call(
        "POST", path, "secretary", member_id=own, office="treasurer", appointed_on="2024-02-01"
    )
    assert herself.status_code == 422
    assert "appoints themselves" in herself.json()["error"]["message"]
    assert site.call("POST", path, "operator", member_id=member, **seat).status_code == 201


def test_the_staff_record_no_savings_money(site: Site) -> None:
    """Even holding a seat (one written before the seating rule, straight into the table),
    a staff login records nothing."""
    engine = site.client.app.state.engine  # type: ignore[attr-defined]
    for who in ("operator", "auditor"):
        seat = {
            "group_id": site.group.id,
            "member_id": site.members["chair"].id,
            "office": "treasurer",
            "user_id": _user_id(site, STAFF[who]),
            "appointed_on": date(2024, 1, 2),
        }
        with engine.begin() as connection:
            connection.execute(insert(officers), seat)
    meetings = f"/groups/{site.group.id}/meetings"
    for who in ("operator", "auditor"):
        sheet = site.call("POST", meetings, who, key=f"s-{who}", **_sheet(site))
        assert sheet.status_code == 403, sheet.text
    assert site.call("POST", meetings, "treasurer", key="ok", **_sheet(site)).status_code == 201
