"""Relocation requests: the register built on the household, each step checked and
dated with who took it, refusals in Thai and English that write nothing, and the 10 %."""

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from tests.community.helpers import ACTOR, AT, World
from tests.community.relocation_helpers import household_with, proposal, register, step
from tests.savings.helpers import line
from tests.savings.helpers import make_world as make_savings
from thungngoen.audit.tables import audit_log
from thungngoen.community import relocation as rel
from thungngoen.community.errors import (
    DuplicateRelocation,
    InvalidRelocation,
    InvalidRelocationStep,
    UnknownRelocationProposal,
    VersionConflict,
)
from thungngoen.community.relocation_tables import relocation_requests, relocation_steps
from thungngoen.community.tables import persons
from thungngoen.web.error_messages import error_text


def _audits(world: World) -> int:
    return world.count(audit_log)


def test_a_request_takes_its_family_size_and_income_from_the_household(world: World) -> None:
    request = register(world, household_with(world, persons=4), declared_savings=3_000_000)
    view = world.read(lambda c: rel.view_of(c, request, date(2026, 6, 1)))
    assert (view.family_size, view.household.income_month) == (4, 1_200_000)
    assert (view.savings, view.savings_source) == (3_000_000, "declared")
    assert view.down_payment == 3_000_000
    assert view.meets_down_payment
    assert request.status == "registered"


def test_the_ten_percent_rule() -> None:
    assert rel.down_payment(30_000_000) == 3_000_000
    assert rel.down_payment(1) == 1, "rounded up to the satang"
    assert rel.down_payment(15) == 2
    assert rel.meets_down_payment(3_000_000, 30_000_000)
    assert not rel.meets_down_payment(2_999_999, 30_000_000)


def test_savings_come_from_the_group_books_when_a_member_saves(world: World) -> None:
    group = make_savings(world.engine, size=2)
    group.sheet(date(2026, 2, 1), line(group.members[0], voluntary=150_000))
    home = household_with(world, persons=2)
    world.write(
        lambda c: c.execute(
            persons.update()
            .where(persons.c.household_id == home, persons.c.relation == "head")
            .values(savings_member_id=group.members[0].id)
        )
    )
    request = register(world, home, declared_savings=9_000_000)
    view = world.read(lambda c: rel.view_of(c, request, date(2026, 6, 1)))
    assert view.savings_source == "savings_group"
    assert view.savings == world.read(lambda c: rel.household_savings(c, home, date(2026, 6, 1)))
    assert view.savings > 0
    assert not view.meets_down_payment, "the books count, not the words"


def test_the_way_of_a_request_dated_and_by_whom(world: World) -> None:
    request = register(world, household_with(world))
    plan = proposal(world)
    request = step(world, request, "verified", actor="user:1", note="เยี่ยมบ้านแล้ว")
    request = step(world, request, "proposed", actor="user:1", proposal_id=plan.id)
    assert request.proposal_id == plan.id
    request = step(world, request, "approved", actor="user:2")
    request = step(world, request, "moved", actor="user:2")
    history = world.read(lambda c: rel.steps_of(c, request.id))
    assert [(s.from_status, s.to_status) for s in history] == [
        (None, "registered"),
        ("registered", "verified"),
        ("verified", "proposed"),
        ("proposed", "approved"),
        ("approved", "moved"),
    ]
    assert [s.actor for s in history] == [ACTOR, "user:1", "user:1", "user:2", "user:2"]
    assert history[1].note == "เยี่ยมบ้านแล้ว"
    assert history[0].at == AT
    assert history[1].at == datetime(2026, 6, 2, 3, 0, tzinfo=UTC)
    assert request.version == 5


def test_back_out_of_a_proposal_and_withdraw(world: World) -> None:
    request = register(world, household_with(world))
    request = step(world, request, "verified")
    request = step(world, request, "proposed", proposal_id=proposal(world).id)
    request = step(world, request, "verified", note="พอช. ขอให้รอรอบหน้า")
    assert request.proposal_id is None
    request = step(world, request, "withdrawn")
    assert request.status == "withdrawn"


@pytest.mark.parametrize(
    ("path", "wanted", "error"),
    [
        ((), "approved", InvalidRelocationStep),
        ((), "moved", InvalidRelocationStep),
        ((), "proposed", InvalidRelocationStep),
        (("verified",), "registered", InvalidRelocationStep),
        (("withdrawn",), "verified", InvalidRelocationStep),
        (("verified",), "proposed", InvalidRelocation),
        ((), "flying", InvalidRelocation),
    ],
)
def test_a_wrong_step_is_refused_in_thai_and_english_and_writes_nothing(
    world: World, path: tuple[str, ...], wanted: str, error: type[Exception]
) -> None:
    request = register(world, household_with(world))
    for status in path:
        request = step(world, request, status)
    steps, audits = world.count(relocation_steps), _audits(world)
    with pytest.raises(error) as refused:
        step(world, request, wanted)
    assert str(refused.value), "an English message"
    thai = error_text(refused.value, "th")  # type: ignore[arg-type]
    assert any("\u0e01" <= ch <= "\u0e5b" for ch in thai)
    assert world.count(relocation_steps) == steps
    assert _audits(world) == audits
    after = world.read(lambda c: rel.get_request(c, request.id))
    assert (after.status, after.version) == (request.status, request.version)


def test_a_step_on_a_stale_version_or_an_unknown_proposal_is_refused(world: World) -> None:
    request = register(world, household_with(world))
    step(world, request, "verified")
    with pytest.raises(VersionConflict):
        step(world, request, "withdrawn")  # still on version 1
    fresh = world.read(lambda c: rel.get_request(c, request.id))
    with pytest.raises(UnknownRelocationProposal):
        step(world, fresh, "proposed", proposal_id=999)
    assert world.read(lambda c: rel.get_request(c, request.id)).status == "verified"


@pytest.mark.parametrize(
    ("more", "error"),
    [
        ({"reason": "boredom"}, InvalidRelocation),
        ({"loan_amount": 0}, InvalidRelocation),
        ({"loan_amount": -5}, InvalidRelocation),
        ({"declared_savings": -1}, InvalidRelocation),
        ({"reason_note": "ก" * 301}, InvalidRelocation),
    ],
)
def test_a_bad_request_is_refused_and_writes_nothing(
    world: World, more: dict[str, object], error: type[Exception]
) -> None:
    home = household_with(world)
    audits = _audits(world)
    with pytest.raises(error):
        register(world, home, **more)
    assert world.count(relocation_requests) == 0
    assert world.count(relocation_steps) == 0
    assert _audits(world) == audits


def test_one_request_per_household_and_one_proposal_per_name(world: World) -> None:
    home = household_with(world)
    register(world, home)
    with pytest.raises(DuplicateRelocation):
        register(world, home)
    proposal(world, "โครงการ ก")
    with pytest.raises(DuplicateRelocation):
        proposal(world, "โครงการ ก")
    with pytest.raises(InvalidRelocation):
        proposal(world, "   ")
    assert world.count(relocation_requests) == 1


def test_the_register_scopes_to_a_node_and_filters_by_status(world: World) -> None:
    first = register(world, household_with(world))
    register(world, household_with(world, house_number="7"))
    elsewhere = register(world, household_with(world, community_id=world.hat_yai.id))
    step(world, first, "verified")
    node = rel.list_requests
    from thungngoen.community import parse_node

    bo_yang = world.read(lambda c: node(c, parse_node("tambon:900101")))
    assert elsewhere.id not in {r.id for r in bo_yang}
    assert len(bo_yang) == 2
    verified = world.read(lambda c: node(c, parse_node("province:90"), status="verified"))
    assert [r.id for r in verified] == [first.id]
    with pytest.raises(InvalidRelocation):
        world.read(lambda c: node(c, parse_node("province:90"), status="lost"))
    counted = world.read(
        lambda c: c.execute(select(func.count()).select_from(relocation_steps)).scalar_one()
    )
    assert counted == 4
