"""The relocation API: who registers, steps, reads and exports; refusals in Thai and
English that write nothing; the proposal's totals and its PDF."""

from tests.community.helpers import World
from tests.community.relocation_helpers import household_with
from tests.community.test_api import Api, _error, api
from thungngoen.community.relocation_tables import relocation_requests, relocation_steps
from thungngoen.community.tables import personal_reads

__all__ = ["Api", "api"]


def test_register_step_propose_and_export(world: World, api: Api) -> None:
    home = household_with(world, persons=3, community_id=world.hat_yai.id)
    body = {"household_id": home, "reason": "eviction", "declared_savings": 3_000_000}
    assert api.call("POST", "/relocation", "collector", **body).status_code == 403
    assert api.call("POST", "/relocation", "auditor", **body).status_code == 403
    assert api.call("POST", "/relocation", "operator", **body).status_code == 403
    assert api.call("POST", "/relocation", "editor", **body).status_code == 403
    made = api.call("POST", "/relocation", "leader", **body)
    assert made.status_code == 201, made.text
    answer = made.json()
    assert (answer["family_size"], answer["down_payment"], answer["meets_down_payment"]) == (
        3, 3_000_000, True,
    )  # fmt: skip
    again = api.call("POST", "/relocation", "leader", **body)
    assert (again.status_code, _error(again)["code"]) == (409, "duplicate_relocation_request")
    path = f"/relocation/{answer['id']}/steps"
    refused = api.call("POST", path, "leader", status="verified", expected_version=1)
    assert refused.status_code == 403
    wrong = api.call("POST", path, "coordinator", status="moved", expected_version=1)
    assert (wrong.status_code, _error(wrong)["code"]) == (409, "invalid_relocation_step")
    assert world.count(relocation_steps) == 1
    done = api.call("POST", path, "coordinator", status="verified", expected_version=1)
    assert done.status_code == 200, done.text
    history = done.json()["history"]
    assert [s["to_status"] for s in history] == ["registered", "verified"]
    assert history[1]["actor"] == f"user:{world.users['coordinator'].id}"
    assert api.call("POST", "/relocation/proposals", "leader", name="x").status_code == 403
    plan = api.call("POST", "/relocation/proposals", "coordinator", name="ระยะที่ 1").json()
    put = {"status": "proposed", "expected_version": 2, "proposal_id": plan["id"]}
    assert api.call("POST", path, "coordinator", **put).status_code == 200
    detail = api.call("GET", f"/relocation/proposals/{plan['id']}", "auditor").json()
    assert detail["by_community"][-1] | {} == {
        "community_name": "", "households": 1, "persons": 3, "income_month": 1_200_000,
        "savings": 3_000_000, "meeting": 1,
    }  # fmt: skip
    assert api.call("GET", f"/relocation/proposals/{plan['id']}", "leader").status_code == 403
    pdf = api.call("GET", f"/relocation/proposals/{plan['id']}/pdf", "coordinator")
    assert pdf.status_code == 200
    assert pdf.content.startswith(b"%PDF")
    assert world.count(personal_reads) == 1
    listed = api.call("GET", "/relocation?status=proposed", "leader").json()
    assert [r["id"] for r in listed] == [answer["id"]]
    assert "name" not in listed[0], "no name in the register's answers"
    assert api.call("GET", "/relocation", "stranger").status_code == 403
    assert api.call("GET", "/relocation", "operator").status_code == 403, "no person without a duty"
    assert api.call("GET", "/relocation", "auditor").status_code == 200
    assert api.call("GET", "/relocation", None).status_code == 401


def test_bad_bodies_write_nothing(world: World, api: Api) -> None:
    home = household_with(world)
    for body in (
        {"household_id": home, "reason": "boredom"},
        {"household_id": home, "reason": "eviction", "loan_amount": 0},
        {"household_id": home, "reason": "eviction", "declared_savings": "100"},
        {"household_id": 999, "reason": "eviction"},
    ):
        answer = api.call("POST", "/relocation", "coordinator", **body)
        assert answer.status_code in (404, 422), answer.text
    unknown = api.call("POST", "/relocation", "coordinator", household_id=999, reason="eviction")
    assert _error(unknown)["code"] == "unknown_household"
    bad = api.call("POST", "/relocation", "coordinator", household_id=home, reason="boredom")
    assert _error(bad)["code"] == "invalid_relocation_request"
    assert world.count(relocation_requests) == 0
    assert api.call("GET", "/relocation/999", "coordinator").status_code == 404
    assert api.call("GET", "/relocation/proposals/999", "coordinator").status_code == 404
