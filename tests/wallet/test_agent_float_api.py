"""Agents' floats through the JSON API: the operator sets limits and records hand-overs,
no one else does; the agent's top-up past the limit is a 409; strict fields."""

from typing import Any

import pytest

from tests.wallet.api_client import AUDITOR, OPERATOR, Api, error_of, with_staff
from tests.wallet.conftest import World

SOMSRI, SHOP_OWNER = ("0812345678", "somsri-pass"), ("0861112222", "shop-pass")
AGENT = ("0810000001", "agent-pass")


@pytest.fixture
def api(world: World) -> Api:
    return with_staff(world)


def top_up(api: Api, agent: dict[str, str], amount: int, key: str) -> Any:
    body = {"member_phone": SOMSRI[0], "amount_satang": amount}
    return api.call("POST", "/api/v1/agent/topups", agent, key=key, **body)


def test_the_limit_refuses_top_ups_and_a_hand_over_frees_it(api: Api, world: World) -> None:
    operator, agent = api.login(*OPERATOR), api.login(*AGENT)
    limit_path = f"/api/v1/agents/{world.agent_id}/float-limit"
    set_limit = api.call("PUT", limit_path, operator, float_limit_satang=100_000)
    assert set_limit.status_code == 200, set_limit.text
    assert set_limit.json()["room_satang"] == 100_000
    assert top_up(api, agent, 80_000, "r-1").status_code == 201
    refused = error_of(top_up(api, agent, 30_000, "r-2"), 409)
    assert refused["code"] == "float_limit_reached"
    assert (refused["float_satang"], refused["room_satang"]) == (80_000, 20_000)
    mine = api.call("GET", "/api/v1/agent/float", agent).json()
    assert mine == {
        "agent_id": world.agent_id,
        "name": "กลุ่มออมทรัพย์บ่อยาง",
        "float_limit_satang": 100_000,
        "float_satang": 80_000,
        "room_satang": 20_000,
    }
    path = f"/api/v1/agents/{world.agent_id}/handovers"
    handed = api.call("POST", path, operator, key="slip-1", amount_satang=50_000, reference="A1")
    assert handed.status_code == 201, handed.text
    assert handed.json()["agent"]["room_satang"] == 70_000
    assert handed.json()["reference"] == "A1"
    assert top_up(api, agent, 30_000, "r-2").status_code == 201
    reserve = api.call("GET", "/api/v1/reserve").json()
    assert reserve == {
        "coin_outstanding_satang": 110_000,
        "baht_backing_satang": 110_000,
        "baht_in_bank_satang": 50_000,
        "cash_at_agents_satang": 60_000,
        "balanced": True,
    }
    listed = api.call("GET", "/api/v1/agents", api.login(*AUDITOR)).json()
    assert [(a["agent_id"], a["float_satang"]) for a in listed] == [(world.agent_id, 60_000)]


def test_a_hand_over_replays_once_and_a_key_names_one_request(api: Api, world: World) -> None:
    operator, agent = api.login(*OPERATOR), api.login(*AGENT)
    assert top_up(api, agent, 90_000, "r-1").status_code == 201
    path = f"/api/v1/agents/{world.agent_id}/handovers"
    first = api.call("POST", path, operator, key="slip-1", amount_satang=40_000)
    again = api.call("POST", path, operator, key="slip-1", amount_satang=40_000)
    assert first.status_code == again.status_code == 201
    assert again.json()["transfer_id"] == first.json()["transfer_id"]
    assert again.json()["agent"]["float_satang"] == 50_000
    other = api.call("POST", path, operator, key="slip-1", amount_satang=45_000)
    assert error_of(other, 409)["code"] == "idempotency_conflict"
    too_much = api.call("POST", path, operator, key="slip-2", amount_satang=50_001)
    assert error_of(too_much, 409)["code"] == "handover_exceeds_float"
    assert api.call("GET", "/api/v1/agent/float", agent).json()["float_satang"] == 50_000
    missing_key = api.call("POST", path, operator, amount_satang=1_000)
    assert missing_key.status_code == 422


@pytest.mark.parametrize(
    "who", [AUDITOR, SOMSRI, AGENT, SHOP_OWNER], ids=["auditor", "member", "agent", "merchant"]
)
def test_only_the_operator_sets_limits_and_records_hand_overs(
    api: Api, world: World, who: tuple[str, str]
) -> None:
    headers = api.login(*who)
    agent = api.login(*AGENT)
    assert top_up(api, agent, 10_000, "r-1").status_code == 201
    limit_path = f"/api/v1/agents/{world.agent_id}/float-limit"
    raised = api.call("PUT", limit_path, headers, float_limit_satang=500_000_000)
    assert error_of(raised, 403)["code"] == "forbidden"
    path = f"/api/v1/agents/{world.agent_id}/handovers"
    handed = api.call("POST", path, headers, key="k", amount_satang=10_000)
    assert error_of(handed, 403)["code"] == "forbidden"
    mine = api.call("GET", "/api/v1/agent/float", agent).json()
    assert (mine["float_limit_satang"], mine["float_satang"]) == (2_000_000, 10_000)
    assert api.call("PUT", limit_path, None, float_limit_satang=1).status_code == 401


def test_a_member_or_shop_does_not_list_the_agents(api: Api) -> None:
    for who in (SOMSRI, AGENT, SHOP_OWNER):
        assert api.call("GET", "/api/v1/agents", api.login(*who)).status_code == 403
    assert api.call("GET", "/api/v1/agent/float", api.login(*SOMSRI)).status_code == 403


BAD_AMOUNTS = [0, -100, 10**12 + 1, 2**63, "100", 100.0, True, None, "ten baht"]


@pytest.mark.parametrize("amount", BAD_AMOUNTS, ids=repr)
def test_bad_amounts_are_422(api: Api, world: World, amount: object) -> None:
    operator = api.login(*OPERATOR)
    base = f"/api/v1/agents/{world.agent_id}"
    limit = api.call("PUT", f"{base}/float-limit", operator, float_limit_satang=amount)
    assert limit.status_code == 422, limit.text
    handed = api.call("POST", f"{base}/handovers", operator, key="k", amount_satang=amount)
    assert handed.status_code == 422, handed.text


def test_amounts_past_the_operations_ceiling_and_bad_ids(api: Api, world: World) -> None:
    operator = api.login(*OPERATOR)
    base = f"/api/v1/agents/{world.agent_id}"
    huge = api.call("PUT", f"{base}/float-limit", operator, float_limit_satang=500_000_001)
    assert error_of(huge, 422)["code"] == "invalid_amount"
    long_slip = {"amount_satang": 100, "reference": "x" * 61}
    assert api.call("POST", f"{base}/handovers", operator, key="k", **long_slip).status_code == 422
    for agent_id in ("0", "-1", "abc", str(2**63)):
        path = f"/api/v1/agents/{agent_id}/float-limit"
        assert api.call("PUT", path, operator, float_limit_satang=100).status_code == 422
    missing = api.call("PUT", "/api/v1/agents/999/float-limit", operator, float_limit_satang=100)
    assert error_of(missing, 404)["code"] == "unknown_agent"
