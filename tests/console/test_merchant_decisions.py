"""The operator's decisions on a shop: one state machine for every door. Here the
operation itself, the API route (``POST /api/v1/operator/merchants/{id}/status``) and the
CLI; the console page is tested in ``tests/console/pages/test_merchant_decision_doors.py``."""

from typing import Any

import pytest
from sqlalchemy import Connection
from typer.testing import CliRunner

from tests.wallet.api_client import AUDITOR, OPERATOR, Api, with_staff
from tests.wallet.conftest import World
from thungngoen.auth.users import create_user
from thungngoen.cli.main import app as cli_app
from thungngoen.console.merchant_decisions import decide_merchant, move_merchant
from thungngoen.db import read_transaction, write_transaction
from thungngoen.wallet import people, rejected_shops
from thungngoen.wallet.errors import DecisionNotAllowed, UnknownMerchant, UnknownTier


def new_shop(world: World, phone: str = "0867778888") -> int:
    """A shop that applied and waits for the operator (pending)."""

    def apply(connection: Connection) -> int:
        owner = create_user(
            connection, phone=phone, name="บังหมัด", role="merchant", password="roti-pass1", actor="t"
        )
        return people.register_merchant(
            connection,
            owner=owner,
            business_name="ร้านโรตีบังหมัด",
            category="food",
            tambon_code="900101",
            payout_promptpay=phone,
            actor="self",
        )

    return write_transaction(world.engine, apply)


def status_of(world: World, shop: int) -> tuple[str, str]:
    with read_transaction(world.engine) as connection:
        found = people.find_shop(connection, shop)
    assert found is not None
    return found.status, found.tier


def rejected(world: World, *shops: int) -> set[int]:
    with read_transaction(world.engine) as connection:
        return rejected_shops(connection, shops)


def decide(world: World, shop: int, decision: str, tier: str | None = None) -> None:
    write_transaction(
        world.engine, lambda c: decide_merchant(c, shop, decision, actor="test", tier=tier)
    )


@pytest.fixture
def api(world: World) -> Api:
    return with_staff(world)


def ask_status(api: Api, shop: int, status: str, tier: str | None = None, who: Any = None) -> Any:
    body: dict[str, Any] = {"status": status} | ({"tier": tier} if tier is not None else {})
    headers = who if who is not None else api.login(*OPERATOR)
    return api.call("POST", f"/api/v1/operator/merchants/{shop}/status", headers, **body)


def error_code(response: Any) -> str:
    code: str = response.json()["error"]["code"]
    return code


def test_each_status_allows_its_decisions_only(world: World) -> None:
    shop = new_shop(world)
    for refused in ("suspend", "delete", ""):
        with pytest.raises(DecisionNotAllowed):
            decide(world, shop, refused)
    decide(world, shop, "approve", "small")
    assert status_of(world, shop) == ("approved", "small")
    for refused in ("approve", "reject"):
        with pytest.raises(DecisionNotAllowed):
            decide(world, shop, refused, "standard")
    decide(world, shop, "suspend")
    assert status_of(world, shop) == ("suspended", "small")
    with pytest.raises(DecisionNotAllowed):
        decide(world, shop, "suspend")
    decide(world, shop, "approve", "large")
    assert status_of(world, shop) == ("approved", "large")


def test_an_unknown_tier_or_shop_is_refused(world: World) -> None:
    shop = new_shop(world)
    with pytest.raises(UnknownTier):
        decide(world, shop, "approve", "gold")
    with pytest.raises(UnknownTier):
        decide(world, shop, "approve", "")
    assert status_of(world, shop) == ("pending", "standard")
    with pytest.raises(UnknownMerchant):
        decide(world, 999, "approve", "standard")
    decide(world, shop, "approve")  # no tier: the shop keeps its own
    assert status_of(world, shop) == ("approved", "standard")


def test_a_rejection_is_a_suspension_before_any_approval(world: World) -> None:
    rejected_one, suspended_one = new_shop(world), new_shop(world, "0867779999")
    decide(world, rejected_one, "reject")
    decide(world, suspended_one, "approve", "standard")
    decide(world, suspended_one, "suspend")
    waiting = new_shop(world, "0867770000")
    assert status_of(world, rejected_one)[0] == status_of(world, suspended_one)[0] == "suspended"
    assert rejected(world, rejected_one, suspended_one, waiting, world.shop_id) == {rejected_one}
    assert rejected(world) == set()
    decide(world, rejected_one, "approve", "standard")  # the operator changed their mind
    assert rejected(world, rejected_one) == set()


def test_the_status_asked_for_is_reached_by_its_decision(world: World) -> None:
    shop = new_shop(world)
    taken = write_transaction(
        world.engine, lambda c: move_merchant(c, shop, "suspended", actor="test", tier=None)
    )
    assert taken == "reject"
    assert rejected(world, shop) == {shop}
    with pytest.raises(DecisionNotAllowed):
        write_transaction(
            world.engine, lambda c: move_merchant(c, shop, "pending", actor="t", tier=None)
        )


def test_the_api_follows_the_same_decisions(api: Api, world: World) -> None:
    shop = new_shop(world)
    assert ask_status(api, shop, "approved", "small").status_code == 204
    assert status_of(world, shop) == ("approved", "small")
    again = ask_status(api, shop, "approved", "large")  # not a decision for an approved shop
    assert (again.status_code, error_code(again)) == (422, "decision_not_allowed")
    back = ask_status(api, shop, "pending")
    assert (back.status_code, error_code(back)) == (422, "decision_not_allowed")
    assert status_of(world, shop) == ("approved", "small")
    assert ask_status(api, shop, "suspended").status_code == 204
    assert rejected(world, shop) == set()  # suspended, not rejected: it was approved
    assert ask_status(api, shop, "approved").status_code == 204
    assert status_of(world, shop) == ("approved", "small")


def test_the_api_rejects_an_application_and_refuses_unknown_tiers(api: Api, world: World) -> None:
    shop = new_shop(world)
    gold = ask_status(api, shop, "approved", "gold")
    assert (gold.status_code, error_code(gold)) == (422, "unknown_tier")
    assert status_of(world, shop) == ("pending", "standard")
    assert ask_status(api, shop, "suspended").status_code == 204
    assert rejected(world, shop) == {shop}
    twice = ask_status(api, shop, "suspended")
    assert (twice.status_code, error_code(twice)) == (422, "decision_not_allowed")
    missing = ask_status(api, 999, "approved")
    assert (missing.status_code, error_code(missing)) == (404, "unknown_merchant")


def test_auditors_change_nothing_through_the_api(api: Api, world: World) -> None:
    shop = new_shop(world)
    refused = ask_status(api, shop, "approved", "standard", who=api.login(*AUDITOR))
    assert (refused.status_code, error_code(refused)) == (403, "forbidden")
    assert status_of(world, shop) == ("pending", "standard")


def test_the_cli_approves_a_new_shop_through_the_decision(world: World, database_url: str) -> None:
    arguments = ["wallet", "add-merchant", "0867771111", "ลุงชัย", "chai-pass-1", "ร้านกาแฟ"]
    options = ["food", "900101", "0867771111", "--approve", "--database-url", database_url]
    result = CliRunner().invoke(cli_app, arguments + options)
    assert result.exit_code == 0, result.output
    shop = int(result.output.split()[1])
    assert status_of(world, shop) == ("approved", "standard")
