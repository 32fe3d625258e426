"""The survey rounds' API: a coordinator manages rounds and thresholds, a collector enters
households of their round only, bad answers are refused per question in Thai and English
with nothing written, an entry sent twice counts once, a household's history is for its
readers, deprivation counts are figures anyone reads."""

from typing import Any

import pytest

from tests.community.api_client import Api, error_of
from tests.community.helpers import World
from tests.community.rounds_helpers import good
from thungngoen.community.round_tables import round_records, rounds


@pytest.fixture
def api(world: World) -> Api:
    return Api(world)


def _round(api: Api, world: World) -> int:
    body = {"name": "รอบ API", "starts_on": "2026-06-01", "ends_on": "2026-08-31",
            "communities": [world.bo_yang.id, world.rail.id]}  # fmt: skip
    assert api.call("POST", "/rounds", "collector", **body).status_code == 403
    made = api.call("POST", "/rounds", "coordinator", **body)
    assert made.status_code == 201, made.text
    round_id: int = made.json()["id"]
    question = {"key": "boat", "kind": "yes_no", "label_th": "มีเรือ", "label_en": "Has a boat",
                "required": True}  # fmt: skip
    assert (
        api.call("POST", f"/rounds/{round_id}/questions", "coordinator", **question).status_code
        == 201
    )
    pair = {"community_id": world.bo_yang.id, "user_id": world.users["collector"].id}
    assert (
        api.call("POST", f"/rounds/{round_id}/collectors", "coordinator", **pair).status_code == 204
    )
    wrong = pair | {"community_id": world.rail.id}
    refused = api.call("POST", f"/rounds/{round_id}/collectors", "coordinator", **wrong)
    assert refused.status_code == 403
    assert error_of(refused)["code"] == "outside_assignment"
    opened = api.call("POST", f"/rounds/{round_id}/open", "coordinator")
    assert opened.json()["status"] == "open"
    return round_id


def test_entry_history_and_counts(world: World, api: Api) -> None:
    round_id = _round(api, world)
    home = world.household()
    form = api.call("GET", f"/rounds/{round_id}/questions", "collector").json()
    assert form[-1]["key"] == "boat"
    assert form[0]["label_th"] == "จำนวนสมาชิกในครัวเรือน (คน)"
    entry: dict[str, Any] = {"household_id": home.id, "idempotency_key": "phone-0001-abc"}
    bad = api.call("POST", f"/rounds/{round_id}/records", "collector",
                   **entry, answers=good(members=99))  # fmt: skip
    assert bad.status_code == 422, bad.text
    error = error_of(bad)
    assert error["code"] == "invalid_answers"
    assert set(error["errors"]) == {"members", "boat"}
    assert error["errors"]["boat"]["th"] == "ต้องตอบข้อนี้"
    assert world.count(round_records) == 0
    answers = good(members=2, income_year=70_000, boat=False)
    first = api.call("POST", f"/rounds/{round_id}/records", "collector", **entry, answers=answers)
    assert first.status_code == 200, first.text
    assert first.json()["deprived"] == ["income"]
    again = api.call("POST", f"/rounds/{round_id}/records", "collector", **entry, answers=answers)
    assert again.json() == first.json()
    assert world.count(round_records) == 1
    office = entry | {"idempotency_key": "office-0001"}
    conflict = api.call("POST", f"/rounds/{round_id}/records", "coordinator", **office,
                        answers=answers)  # fmt: skip
    assert conflict.status_code == 409
    leader = entry | {"idempotency_key": "leader-0001"}
    stranger = api.call("POST", f"/rounds/{round_id}/records", "leader", **leader,
                        answers=answers)  # fmt: skip
    assert stranger.status_code == 403
    history = api.call("GET", f"/households/{home.id}/history", "collector").json()
    assert [h["record"]["income_per_person"] for h in history] == [3_500_000]
    assert api.call("GET", f"/households/{home.id}/history", "stranger").status_code == 403
    counts = api.call("GET", f"/rounds/{round_id}/deprivation?node=tambon:900101", None).json()
    assert counts["by_dimension"]["income"] == 1
    assert counts["surveyed"] == 1
    line = {"income_line": 3_000_000, "income_failed": 1, "living_failed": 1, "health_failed": 1,
            "education_failed": 1, "services_failed": 1, "reason": "ทดลองเส้นใหม่"}  # fmt: skip
    assert api.call("POST", "/deprivation/thresholds", "collector", **line).status_code == 403
    assert api.call("POST", "/deprivation/thresholds", "coordinator", **line).status_code == 201
    counts = api.call("GET", f"/rounds/{round_id}/deprivation", None).json()
    assert counts["by_dimension"]["income"] == 0
    assert counts["thresholds_version"] == 1
    closed = api.call("POST", f"/rounds/{round_id}/close", "coordinator").json()
    assert closed["status"] == "closed"
    assert api.call("GET", "/rounds/999/deprivation", None).status_code == 404
    assert world.count(rounds) == 1
