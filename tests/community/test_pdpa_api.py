"""The PDPA API: coordinators keep the registers, the auditor reads them, the person sees
only their own record's reads and copy; every rejection in Thai and English, nothing
written."""

from typing import Any

from tests.community.helpers import PASSWORD, World
from tests.community.test_api import Api, _error
from thungngoen.community.pdpa_tables import breaches, privacy_notices, subject_requests
from thungngoen.wallet import people


def _linked_person(world: World) -> tuple[int, int, dict[str, str]]:
    """A person linked to a wallet login, another person, and that login's token."""
    member = world.write(
        lambda c: people.register_member(
            c, phone="0857776666", name="มาลี", password=PASSWORD, tambon_code="900101"
        )
    )
    household = world.household()
    own = world.person(household.id, name="มาลี มีสิทธิ์", wallet_member_id=member.id)
    other = world.person(household.id, name="สมชาย คนอื่น", relation="spouse")
    return own.id, other.id, {"phone": "0857776666", "password": PASSWORD}


def test_the_coordinator_keeps_the_registers_and_the_auditor_reads(world: World) -> None:
    api = Api(world)
    person = world.person(world.household().id)
    body: dict[str, Any] = {"person_id": person.id, "kind": "restriction", "detail": "หยุดใช้"}
    assert api.call("POST", "/pdpa/requests", "collector", **body).status_code == 403
    bad = api.call("POST", "/pdpa/requests", "coordinator", **body | {"kind": "forget"})
    assert bad.status_code == 422
    assert _error(bad)["code"] == "invalid_subject_request"
    assert world.count(subject_requests) == 0
    made = api.call("POST", "/pdpa/requests", "coordinator", **body)
    assert made.status_code == 201, made.text
    assert made.json()["overdue"] is False
    seen = api.call("GET", "/pdpa/requests", "auditor")
    assert [r["kind"] for r in seen.json()] == ["restriction"]
    assert (
        api.call(
            "POST", f"/pdpa/requests/{made.json()['id']}/move", "auditor", status="done"
        ).status_code
        == 403
    )
    refused = api.call(
        "POST", f"/pdpa/requests/{made.json()['id']}/move", "coordinator", status="refused"
    )
    assert _error(refused)["code"] == "invalid_subject_request"
    breach: dict[str, Any] = {
        "discovered_at": "2026-06-01T10:00:00+07:00", "description": "แฟ้มหาย",
        "data_affected": "ชื่อ ที่อยู่", "people_affected": 5, "risk": "severe",
    }  # fmt: skip
    assert (
        _error(api.call("POST", "/pdpa/breaches", "coordinator", **breach))["code"]
        == "invalid_breach"
    )
    assert world.count(breaches) == 0
    added = api.call("POST", "/pdpa/breaches", "coordinator", **breach | {"risk": "high"})
    assert added.status_code == 201, added.text
    assert added.json()["overdue"] is True  # discovered long before the test ran
    told = api.call(
        "POST", f"/pdpa/breaches/{added.json()['id']}/notify", "coordinator", whom="office"
    )
    assert told.json()["hours_left"] is None
    assert api.call("GET", "/pdpa/breaches", "stranger").status_code == 403
    notice = {"version": "2030-1", "effective_on": "2030-01-01", "text_th": "ใหม่", "text_en": "New"}
    assert api.call("POST", "/pdpa/notices", "auditor", **notice).status_code == 403
    assert api.call("POST", "/pdpa/notices", "coordinator", **notice).status_code == 201
    again = api.call("POST", "/pdpa/notices", "coordinator", **notice)
    assert _error(again)["code"] == "duplicate_privacy_notice"
    assert world.count(privacy_notices) == 3
    assert next(n["version"] for n in api.call("GET", "/pdpa/notices", None).json()) == "2030-1"


def test_the_person_sees_only_their_own_reads_and_copy(world: World) -> None:
    own, other, login = _linked_person(world)
    api = Api(world)
    answer = api.client.post("/api/v1/auth/login", json=login)
    api.tokens["person"] = {"Authorization": f"Bearer {answer.json()['token']}"}
    for person_id in (own, other):
        read = api.call("GET", f"/persons/{person_id}?purpose=home_visit", "collector")
        assert read.status_code == 200, read.text
    mine = api.call("GET", "/pdpa/me/reads", "person")
    assert mine.status_code == 200, mine.text
    roles = [(r["reader_role"], r["purpose"]) for r in mine.json()]
    assert roles == [("self", "own_data"), ("collector", "home_visit")]
    assert "user:" not in mine.text  # staff by duty, not by login
    assert api.call("GET", "/pdpa/me/reads", "stranger").status_code == 403
    assert api.call("GET", f"/pdpa/persons/{other}/copy", "person").status_code == 403
    copy = api.call("GET", f"/pdpa/persons/{own}/copy", "person")
    assert copy.json()["person"]["name"] == "มาลี มีสิทธิ์"
    assert (
        api.call("POST", f"/pdpa/me/{other}/requests", "person", kind="erasure").status_code == 403
    )
    bad = api.call("POST", f"/pdpa/me/{own}/requests", "person", kind="forget")
    assert _error(bad)["code"] == "invalid_subject_request"
    assert world.count(subject_requests) == 0
    made = api.call("POST", f"/pdpa/me/{own}/requests", "person", kind="erasure", detail="ลบ")
    assert made.status_code == 201, made.text
    logged = api.call("GET", f"/pdpa/reads?person={other}", "coordinator").json()
    assert [(r["what"], r["purpose"]) for r in logged] == [("person_detail", "home_visit")]
    assert api.call("GET", "/pdpa/reads", "collector").status_code == 403
