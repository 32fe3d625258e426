"""Deprivation in the five dimensions: at each threshold, when the coordinator moves one,
and rolled up the place tree."""

from typing import Any

import pytest
from sqlalchemy import Connection

from tests.community.helpers import ACTOR, AT, World
from tests.community.rounds_helpers import counts, good, open_round, submit
from thungngoen import community
from thungngoen.community.rounds.deprivation import InvalidThresholds


def test_deprivation_at_each_threshold(world: World) -> None:
    round_id = open_round(world)
    # income: 38,000 baht a person a year is the line; one satang below is deprived.
    cases = {
        "at_line": good(members=2, income_year=76_000),
        "below_line": good(members=3, income_year=113_999),
        "living": good(tidy_home=False),
        "health": good(exercise=False),
        "education": good(literacy=False, preschool=True),
        "services": good(elderly_cared=False),
        "income_indicator": good(working_age_earn=False),
        "not_applicable": good(),
    }
    for number, answers in enumerate(cases.values()):
        home = world.household(house_number=str(number + 1))
        submit(world, round_id, home.id, answers)
    by = counts(world, f"community:{world.bo_yang.id}", round_id)
    assert by == {"income": 2, "living": 1, "health": 1, "education": 1, "services": 1}
    summary = world.read(lambda c: community.deprived_households(
        c, community.parse_node(f"community:{world.bo_yang.id}"), round_id))  # fmt: skip
    assert summary.surveyed == 8
    assert summary.any_dimension == 6


def test_a_changed_threshold_changes_the_counts(world: World) -> None:
    round_id = open_round(world)
    for number, answers in enumerate([
        good(members=1, income_year=38_000),
        good(members=1, income_year=40_000, tidy_home=False),
        good(members=1, income_year=45_000, tidy_home=False, water_use=False),
    ]):  # fmt: skip
        submit(world, round_id, world.household(house_number=str(number + 1)).id, answers)
    node = f"community:{world.bo_yang.id}"
    assert counts(world, node, round_id)["income"] == 0
    assert counts(world, node, round_id)["living"] == 2
    failed = {"income": 1, "living": 2, "health": 1, "education": 1, "services": 1}
    world.write(lambda c: community.set_thresholds(
        c, income_line=4_000_001, failed=failed, reason="เส้นใหม่", actor=ACTOR, at=AT))  # fmt: skip
    assert counts(world, node, round_id)["income"] == 2
    assert counts(world, node, round_id)["living"] == 1
    limits = world.read(community.current_thresholds)
    assert limits.version == 1
    assert limits.income_line == 4_000_001
    for wrong in (
        {"income_line": -1, "failed": failed, "reason": "x"},
        {"income_line": 1, "failed": failed | {"living": 5}, "reason": "x"},
        {"income_line": 1, "failed": failed | {"living": 0}, "reason": "x"},
        {"income_line": 1, "failed": {"income": 1}, "reason": "x"},
        {"income_line": 1, "failed": failed, "reason": "  "},
    ):

        def change(c: Connection, w: dict[str, Any] = wrong) -> object:
            return community.set_thresholds(c, **w, actor=ACTOR, at=AT)

        with pytest.raises(InvalidThresholds):
            world.write(change)
    assert world.read(community.current_thresholds).version == 1


def test_counts_roll_up_the_tree(world: World) -> None:
    round_id = open_round(world)
    poor = good(members=4, income_year=10_000)
    submit(world, round_id, world.household().id, poor)
    submit(world, round_id, world.household(world.rail.id).id, poor, who="coordinator")
    submit(world, round_id, world.household(world.hat_yai.id).id, poor, who="coordinator")
    expected = {
        f"community:{world.bo_yang.id}": 1,
        f"municipality:{world.town.id}": 2,
        "tambon:900101": 2,
        "amphoe:9001": 2,
        "amphoe:9011": 1,
        "province:90": 3,
    }
    for node, income in expected.items():
        assert counts(world, node, round_id)["income"] == income, node

        def by_id(c: Connection, n: str = node) -> community.DeprivationCounts:
            return community.deprived_households(c, n, round_id)

        assert world.read(by_id).by_dimension["income"] == income
