"""Programs through the JSON API: the Old Town pilot, a Citizens' Day event, who may do what."""

from datetime import timedelta
from typing import Any

import pytest

from tests.wallet.api_client import AUDITOR, OPERATOR, Api, error_of, with_staff
from tests.wallet.conftest import World
from tests.wallet.program_helpers import assert_sound, footprint, new_merchant, top_up
from tests.wallet.test_events import donate_to_fund
from thungngoen.clock import utc_now

SOMSRI, ANAN = ("0812345678", "somsri-pass"), ("0898765432", "anan-pass1")
SHOP_OWNER, AGENT = ("0861112222", "shop-pass"), ("0810000001", "agent-pass")
OLD_TOWN: dict[str, Any] = {
    "code": "old-town",
    "kind": "sandbox",
    "name": "Old Town pilot",
    "valid_from": "2025-01-01T00:00:00+07:00",
    "allowed_tambons": ["900101"],
    "excluded_categories": ["alcohol"],
    "daily_limit_satang": 50_000,
}


@pytest.fixture
def api(world: World) -> Api:
    return with_staff(world)


def pay_shop(api: Api, who: dict[str, str], shop: int, amount: int, key: str) -> Any:
    """Somsri pays a shop from her own coin (the route every sandbox rule applies to)."""
    path = f"/api/v1/shops/{shop}/pay"
    return api.call("POST", path, who, key=key, amount_satang=amount, pin="482915")


def test_the_old_town_pilot_refuses_a_shop_outside_its_area(api: Api, world: World) -> None:
    operator, auditor = api.login(*OPERATOR), api.login(*AUDITOR)
    created = api.call("POST", "/api/v1/programs", operator, **OLD_TOWN)
    assert created.status_code == 201, created.text
    pilot = created.json()
    assert (pilot["code"], pilot["kind"], pilot["active"]) == ("old-town", "sandbox", True)
    assert pilot["valid_from"].startswith("2024-12-31T17:00:00")  # stored in UTC
    assert pilot["daily_limit_satang"] == 50_000
    top_up(world, world.somsri, 100_000)
    outside = new_merchant(world, "ร้านเขารูปช้าง", "food", "900102")
    somsri = api.login(*SOMSRI)
    before = footprint(world)
    error = error_of(pay_shop(api, somsri, outside, 1_000, "p1"), 422)
    assert (error["code"], error["rule"], error["program"]) == (
        "outside_area",
        "outside_area",
        "old-town",
    )
    assert "ร้านเขารูปช้าง" in error["message"]
    assert "Old Town pilot" in error["message"]
    assert footprint(world) == before
    inside = pay_shop(api, somsri, world.shop_id, 1_000, "p2")
    assert inside.status_code == 201, inside.text
    over = error_of(pay_shop(api, somsri, world.shop_id, 49_001, "p3"), 422)  # 500 baht a day
    assert (over["rule"], over["program"]) == ("daily_limit", "old-town")

    listed = api.call("GET", "/api/v1/programs", auditor)
    assert listed.status_code == 200
    assert [p["code"] for p in listed.json()] == ["old-town"]
    assert api.call("GET", "/api/v1/programs?kind=event", auditor).json() == []
    wider = {key: value for key, value in OLD_TOWN.items() if key not in ("code", "kind")}
    wider["allowed_tambons"] = ["900101", "900102"]
    path = f"/api/v1/programs/{pilot['program_id']}"
    updated = api.call("PUT", path, operator, **wider)
    assert updated.status_code == 200, updated.text
    assert updated.json()["allowed_tambons"] == ["900101", "900102"]
    paid = pay_shop(api, somsri, outside, 1_000, "p4")
    assert paid.status_code == 201, paid.text
    deactivated = api.call("POST", f"{path}/deactivate", operator)
    assert deactivated.json()["active"] is False
    assert api.call("GET", "/api/v1/programs?active_only=true", operator).json() == []
    assert_sound(world)


def test_program_rejections_come_back_typed(api: Api, world: World) -> None:
    operator = api.login(*OPERATOR)
    assert api.call("POST", "/api/v1/programs", operator, **OLD_TOWN).status_code == 201
    before = footprint(world)
    assert error_of(api.call("POST", "/api/v1/programs", operator, **OLD_TOWN), 409)["code"] == (
        "duplicate_program"
    )
    backwards = {**OLD_TOWN, "code": "backwards", "valid_until": "2024-12-31T00:00:00+07:00"}
    assert error_of(api.call("POST", "/api/v1/programs", operator, **backwards), 422)["code"] == (
        "invalid_program"
    )
    zero = {**OLD_TOWN, "code": "zero", "daily_limit_satang": 0}
    refused = error_of(api.call("POST", "/api/v1/programs", operator, **zero), 422)
    assert refused["code"] == "invalid_request"
    assert refused["fields"][0]["field"] == "body.daily_limit_satang"
    naive = {**OLD_TOWN, "code": "naive", "valid_from": "2025-01-01T00:00:00"}
    assert api.call("POST", "/api/v1/programs", operator, **naive).status_code == 422
    terms = {key: value for key, value in OLD_TOWN.items() if key not in ("code", "kind")}
    missing = api.call("PUT", "/api/v1/programs/999", operator, **terms)
    assert error_of(missing, 404)["code"] == "unknown_program"
    assert footprint(world) == before


def test_an_event_journey(api: Api, world: World) -> None:
    donate_to_fund(world, 1_000_000)
    operator = api.login(*OPERATOR)
    now = utc_now()
    event_terms: dict[str, Any] = {
        "name": "Citizens' Day 2025",
        "valid_from": (now - timedelta(hours=1)).isoformat(),
        "valid_until": (now + timedelta(days=1)).isoformat(),
        "fund_code": "citizens-day",
        "allowance_satang": 50_000,
    }
    body = {"code": "citizens-day-2025", "kind": "event", **event_terms}
    created = api.call("POST", "/api/v1/programs", operator, **body)
    assert created.status_code == 201, created.text
    path = f"/api/v1/programs/{created.json()['program_id']}"
    stall = new_merchant(world, "ซุ้มขนมวันพลเมือง", "food", "900101")
    assert api.call("POST", f"{path}/merchants", operator, merchant_id=stall).status_code == 204
    for _ in range(2):  # registering twice credits once
        registered = api.call("POST", f"{path}/participants", operator, phone=SOMSRI[0])
        assert registered.status_code == 201, registered.text
        assert registered.json() == {
            "program_id": created.json()["program_id"],
            "member_id": world.somsri.id,
            "allowance_satang": 50_000,
        }
    nobody = api.call("POST", f"{path}/participants", operator, phone="0899999999")
    assert error_of(nobody, 404)["code"] == "unknown_member"

    somsri, anan = api.login(*SOMSRI), api.login(*ANAN)
    (mine,) = api.call("GET", "/api/v1/me/allowances", somsri).json()
    assert (mine["balance_satang"], mine["spendable"]) == (50_000, True)
    assert mine["program"]["code"] == "citizens-day-2025"
    assert api.call("GET", "/api/v1/me/allowances", anan).json() == []

    def spend(who: dict[str, str], shop: int, amount: int, key: str, pin: str) -> Any:
        return api.call(
            "POST",
            f"/api/v1/shops/{shop}/pay-allowance",
            who,
            key=key,
            amount_satang=amount,
            pin=pin,
        )

    paid = spend(somsri, stall, 12_000, "e1", "482915")
    assert paid.status_code == 201, paid.text
    assert (paid.json()["channel"], paid.json()["charged_satang"]) == ("event", 12_000)
    assert spend(somsri, stall, 12_000, "e1", "482915").json() == paid.json()  # replayed
    before = footprint(world)
    assert error_of(spend(somsri, stall, 100, "e2", "000000"), 403)["code"] == "wrong_pin"
    elsewhere = error_of(spend(somsri, world.shop_id, 100, "e3", "482915"), 422)
    assert (elsewhere["rule"], elsewhere["program"]) == ("not_event_merchant", "citizens-day-2025")
    assert error_of(spend(somsri, stall, 38_001, "e4", "482915"), 422)["rule"] == (
        "allowance_too_low"
    )
    outsider = error_of(spend(anan, stall, 100, "e5", "730461"), 422)
    assert outsider["code"] == "not_participant"
    assert "rule" not in outsider
    assert error_of(api.call("POST", f"{path}/close", operator), 422)["code"] == "event_not_over"
    assert footprint(world) == before

    ended = {**event_terms, "valid_until": (utc_now() - timedelta(seconds=1)).isoformat()}
    assert api.call("PUT", path, operator, **ended).status_code == 200
    closed = api.call("POST", f"{path}/close", operator)
    assert closed.status_code == 200, closed.text
    assert closed.json() == {
        "program_id": created.json()["program_id"],
        "participants": 1,
        "returned_satang": 38_000,
    }
    (mine,) = api.call("GET", "/api/v1/me/allowances", somsri).json()
    assert (mine["balance_satang"], mine["spendable"]) == (0, False)
    assert mine["program"]["closed_at"] is not None
    assert_sound(world)


OPERATOR_ROUTES = [
    ("POST", "/api/v1/programs", OLD_TOWN),
    ("PUT", "/api/v1/programs/1", {k: v for k, v in OLD_TOWN.items() if k not in ("code", "kind")}),
    ("POST", "/api/v1/programs/1/deactivate", {}),
    ("POST", "/api/v1/programs/1/merchants", {"merchant_id": 1}),
    ("POST", "/api/v1/programs/1/participants", {"phone": SOMSRI[0]}),
    ("POST", "/api/v1/programs/1/close", {}),
]
MEMBER_ROUTES = [
    ("GET", "/api/v1/me/allowances", {}),
    ("POST", "/api/v1/shops/1/pay-allowance", {"amount_satang": 100, "pin": "482915"}),
]


@pytest.mark.parametrize(("method", "path", "body"), OPERATOR_ROUTES + MEMBER_ROUTES)
def test_every_route_needs_a_login(api: Api, method: str, path: str, body: Any) -> None:
    assert api.call(method, path, None, key="k", **body).status_code == 401


@pytest.mark.parametrize(("method", "path", "body"), OPERATOR_ROUTES)
def test_only_the_operator_runs_programs(
    api: Api, world: World, method: str, path: str, body: Any
) -> None:
    created = api.call("POST", "/api/v1/programs", api.login(*OPERATOR), **OLD_TOWN)
    assert created.json()["program_id"] == 1
    logins = [api.login(*login) for login in (SOMSRI, SHOP_OWNER, AGENT, AUDITOR)]
    before = footprint(world)
    for login in logins:
        refused = api.call(method, path, login, **body)
        assert error_of(refused, 403)["code"] == "forbidden"
    assert footprint(world) == before


@pytest.mark.parametrize(("method", "path", "body"), MEMBER_ROUTES)
def test_allowances_are_for_members(api: Api, method: str, path: str, body: Any) -> None:
    for login in (OPERATOR, AUDITOR, SHOP_OWNER, AGENT):
        refused = api.call(method, path, api.login(*login), key="k", **body)
        assert error_of(refused, 403)["code"] == "forbidden"


def test_staff_may_list_programs_and_nobody_else(api: Api) -> None:
    for login in (OPERATOR, AUDITOR):
        assert api.call("GET", "/api/v1/programs", api.login(*login)).status_code == 200
    for login in (SOMSRI, SHOP_OWNER, AGENT):
        listed = api.call("GET", "/api/v1/programs", api.login(*login))
        assert error_of(listed, 403)["code"] == "forbidden"
    assert api.call("GET", "/api/v1/programs").status_code == 401


def test_paying_from_an_allowance_needs_an_idempotency_key(api: Api) -> None:
    somsri = api.login(*SOMSRI)
    body: dict[str, Any] = {"amount_satang": 100, "pin": "482915"}
    assert api.call("POST", "/api/v1/shops/1/pay-allowance", somsri, **body).status_code == 422
