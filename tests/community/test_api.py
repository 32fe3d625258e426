"""The community-data API: duties checked, bad input refused in Thai and English with
nothing written, a person's detail read once per logged read, lists masked."""

from typing import Any

import pytest
from fastapi.testclient import TestClient
from httpx import Response

from tests.community.helpers import AT, PASSWORD, VALID_ID, World
from thungngoen import community
from thungngoen.community.tables import households, personal_reads, persons
from thungngoen.web.app import create_app


class Api:
    def __init__(self, world: World) -> None:
        self.client = TestClient(create_app(world.engine))
        self.tokens: dict[str, dict[str, str]] = {}
        for name, user in world.users.items():
            login = {"phone": user.phone, "password": PASSWORD}
            answer = self.client.post("/api/v1/auth/login", json=login)
            assert answer.status_code == 200, answer.text
            self.tokens[name] = {"Authorization": f"Bearer {answer.json()['token']}"}

    def call(self, method: str, path: str, who: str | None, **body: Any) -> Response:
        headers = self.tokens[who] if who else {}
        response: Response = self.client.request(
            method, f"/api/v1/data{path}", headers=headers, json=body or None
        )
        return response


@pytest.fixture
def api(world: World) -> Api:
    return Api(world)


PERSON: dict[str, Any] = {
    "name": "สมศรี ใจดี",
    "birth_date": "1950-03-01",
    "sex": "female",
    "relation": "head",
    "phone": "0812345678",
    "basis": {"kind": "consent", "purpose": "household survey", "notice_version": "2026-1"},
}


def _error(response: Response) -> dict[str, Any]:
    error: dict[str, Any] = response.json()["error"]
    assert error["message"].isascii(), "English"
    assert any("\u0e00" <= char <= "\u0e7f" for char in error["message_th"]), "and Thai"
    return error


def test_a_collector_records_households_only_where_assigned(world: World, api: Api) -> None:
    body = {"community_id": world.bo_yang.id, "house_number": "5/1", "tenure": "own"}
    made = api.call("POST", "/households", "collector", **body)
    assert made.status_code == 201, made.text
    elsewhere = api.call(
        "POST", "/households", "collector", **body | {"community_id": world.rail.id}
    )
    assert elsewhere.status_code == 403
    assert _error(elsewhere)["code"] == "outside_assignment"
    unknown = api.call("POST", "/households", "coordinator", **body | {"community_id": 999})
    assert (unknown.status_code, _error(unknown)["code"]) == (404, "unknown_community")
    for who in ("operator", "auditor", "stranger"):
        assert api.call("POST", "/households", who, **body).status_code == 403
    assert api.call("POST", "/households", None, **body).status_code == 401
    assert world.count(households) == 1


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        ({"national_id": "1101700207031"}, "invalid_person_national_id", "national_id"),
        ({"birth_date": "2099-01-01"}, "birth_date_in_future", "birth_date"),
        ({"bedridden": True}, "sensitive_consent_required", "bedridden"),
        ({"basis": {"kind": "public_task"}}, "missing_lawful_basis", "reason"),
    ],
)
def test_a_bad_person_is_refused_in_both_languages(
    world: World, api: Api, change: dict[str, Any], code: str, field: str
) -> None:
    household = world.household()
    refused = api.call(
        "POST", f"/households/{household.id}/persons", "collector", **PERSON | change
    )
    assert refused.status_code == 422, refused.text
    error = _error(refused)
    assert (error["code"], error["field"]) == (code, field)
    assert world.count(persons) == 0


def test_a_person_s_detail_is_a_logged_read(world: World, api: Api) -> None:
    household = world.household()
    made = api.call(
        "POST",
        f"/households/{household.id}/persons",
        "collector",
        **PERSON | {"national_id": VALID_ID},
    )
    assert made.status_code == 201, made.text
    row = made.json()
    assert (row["phone"], row["national_id"]) == ("08x-xxx-5678", "x-xxxx-xxxx7-03-0")
    path = f"/persons/{row['id']}"
    assert api.call("GET", path, "collector").status_code == 422, "a read says why"
    detail = api.call("GET", f"{path}?purpose=home visit", "collector")
    assert detail.status_code == 200, detail.text
    assert detail.json()["phone"] == "0812345678"
    assert VALID_ID not in detail.text
    for who in ("leader", "operator", "stranger"):
        assert api.call("GET", f"{path}?purpose=curious", who).status_code == 403
    assert world.count(personal_reads) == 1
    log = api.call("GET", f"{path}/reads", "coordinator")
    assert [(r["reader"], r["purpose"]) for r in log.json()] == [
        (f"user:{world.users['collector'].id}", "home visit")
    ]
    assert api.call("GET", f"{path}/reads", "collector").status_code == 403
    listed = api.call("GET", f"/households/{household.id}", "collector").json()
    assert listed["persons"][0]["phone"] == "08x-xxx-5678"
    found = api.call("GET", "/search?q=สมศรี", "collector").json()
    assert [(hit["name"], hit["phone"]) for hit in found] == [("สมศรี ใจดี", "08x-xxx-5678")]
    assert api.call("GET", "/search?q=สมศรี", "leader").json() == []


def test_a_stale_change_is_a_conflict(world: World, api: Api) -> None:
    household = world.household()
    path = f"/households/{household.id}"
    first = api.call("PATCH", path, "collector", expected_version=1, income_month=500_000)
    assert (first.status_code, first.json()["version"]) == (200, 2)
    stale = api.call("PATCH", path, "collector", expected_version=1, debts=1)
    assert (stale.status_code, _error(stale)["code"]) == (409, "community_version_conflict")


def test_places_and_organisations_for_any_login(world: World, api: Api) -> None:
    world.household()
    rows = api.call("GET", "/communities?node=amphoe:9001", "stranger").json()
    assert [(r["community"]["name"], r["households"]) for r in rows] == [
        (world.bo_yang.name, 1),
        (world.rail.name, 0),
    ]
    assert api.call("GET", "/communities?node=village:1", "stranger").status_code == 422
    organisation = {"name_th": "วิทยาลัยชุมชนสงขลา", "sector": "academia", "places": ["province:90"]}
    assert api.call("POST", "/organisations", "stranger", **organisation).status_code == 403
    made = api.call("POST", "/organisations", "operator", **organisation)
    assert made.status_code == 201, made.text
    profile = api.call("GET", f"/communities/{world.bo_yang.id}", "stranger").json()
    assert profile["households"] == 1
    assert [o["name_th"] for o in profile["organisations"]] == ["วิทยาลัยชุมชนสงขลา"]


def test_the_operator_grants_a_duty_and_the_grant_is_audited(world: World, api: Api) -> None:
    stranger = world.users["stranger"]
    body = {"user_id": stranger.id, "duty": "collector", "community_id": world.rail.id}
    assert api.call("POST", "/duties", "collector", **body).status_code == 403
    granted = api.call("POST", "/duties", "operator", **body)
    assert granted.status_code == 201, granted.text
    mine = api.call("GET", "/duties", "stranger").json()
    assert [(d["duty"], d["community_id"]) for d in mine] == [("collector", world.rail.id)]
    ended = api.call("DELETE", f"/duties/{granted.json()['id']}", "coordinator")
    assert ended.status_code == 204
    assert api.call("GET", "/duties", "stranger").json() == []


def test_a_household_s_or_person_s_place_is_for_their_readers(world: World, api: Api) -> None:
    household = world.household()
    person = world.person(household.id)
    for node in (f"household:{household.id}", f"person:{person.id}"):
        assert api.call("GET", f"/path?node={node}", "stranger").status_code == 403
        assert api.call("GET", f"/communities?node={node}", "stranger").status_code == 403
    path = api.call("GET", f"/path?node=person:{person.id}", "collector").json()
    assert [step["level"] for step in path][-3:] == ["community", "household", "person"]
    assert path[-1]["name"] == ""


def test_null_in_a_change_empties_only_what_may_be_empty(world: World, api: Api) -> None:
    world.write(
        lambda c: community.update_community(
            c, world.bo_yang.id, latitude_e6=7_200_000, longitude_e6=100_590_000, actor="t", at=AT
        )
    )
    path = f"/communities/{world.bo_yang.id}"
    changed = api.call("PATCH", path, "coordinator", name=None, latitude_e6=None, longitude_e6=None)
    assert changed.status_code == 200, changed.text
    assert (changed.json()["name"], changed.json()["latitude_e6"]) == (world.bo_yang.name, None)
    household = world.household(house_registration_no="90010123456")
    emptied = api.call(
        "PATCH", f"/households/{household.id}", "collector", expected_version=1,
        house_registration_no=None, tenure=None, wish_to_relocate=None,
    )  # fmt: skip
    assert emptied.status_code == 200, emptied.text
    assert (emptied.json()["house_registration_no"], emptied.json()["tenure"]) == (None, "rent")
