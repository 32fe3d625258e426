"""Survey rounds: answers checked per type (a bad entry writes nothing), a collector
refused outside the round, replays and conflicts, and a household's history across
rounds (deprivation: test_deprivation.py)."""

from datetime import date
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, select
from typer.testing import CliRunner

from tests.community.helpers import ACTOR, AT, World
from tests.community.rounds_helpers import good, open_round, submit
from thungngoen import community
from thungngoen.auth.users import find_by_phone
from thungngoen.cli.main import app
from thungngoen.community.demo import load_community_demo
from thungngoen.community.demo_data import COLLECTOR
from thungngoen.community.errors import OutsideAssignment, VersionConflict
from thungngoen.community.round_tables import round_records
from thungngoen.community.rounds.answers import InvalidAnswers
from thungngoen.community.rounds.questions import add_question
from thungngoen.community.rounds.rounds import (
    InvalidRound,
    RoundNotOpen,
    add_round_community,
    assign_collector,
    move_round,
    rounds_of_collector,
)
from thungngoen.db import read_transaction


def test_answers_are_checked_per_type_and_nothing_is_written(world: World) -> None:
    round_id = world.write(
        lambda c: community.create_round(
            c, name="รอบทดสอบ", starts_on=date(2026, 6, 1), ends_on=date(2026, 6, 30),
            actor=ACTOR, at=AT,
        ).id
    )  # fmt: skip
    extra: list[tuple[str, str, dict[str, Any]]] = [
        ("note", "text", {}),
        ("rooms", "number", {"min_value": 1, "max_value": 10, "required": True}),
        ("moved_in", "date", {}),
        ("has_boat", "yes_no", {}),
        ("fuel", "one_choice", {"choices": [["gas", "แก๊ส", "Gas"], ["wood", "ฟืน", "Wood"]]}),
        ("pets", "choices", {"choices": [["cat", "แมว", "Cat"], ["dog", "สุนัข", "Dog"]]}),
    ]
    for key, kind, more in extra:

        def ask(c: Connection, k: str = key, t: str = kind, m: dict[str, Any] = more) -> object:
            return add_question(
                c, round_id, key=k, kind=t, label_th="คำถาม " + k, label_en="Question " + k,
                actor=ACTOR, at=AT, **m,
            )  # fmt: skip

        world.write(ask)
    world.write(lambda c: add_round_community(c, round_id, world.bo_yang.id, actor=ACTOR, at=AT))
    world.write(lambda c: move_round(c, round_id, "open", actor=ACTOR, at=AT))
    home = world.household()
    bad = good(
        members=0, income_year="lots", tenure="castle", secure_home="maybe", note=5,
        rooms=11, moved_in="2026-13-01", has_boat="perhaps", fuel="coal", pets=["cat", "cow"],
        unknown_key=1,
    )  # fmt: skip
    del bad["safe_food"]
    with pytest.raises(InvalidAnswers) as caught:
        submit(world, round_id, home.id, bad, who="coordinator")
    errors = caught.value.errors
    expected = {"members", "income_year", "tenure", "secure_home", "note", "rooms", "moved_in",
                "has_boat", "fuel", "pets", "unknown_key", "safe_food"}  # fmt: skip
    assert set(errors) == expected
    assert errors["rooms"] == ("ต้องอยู่ในช่วง 1 ถึง 10", "must be from 1 to 10")
    assert errors["safe_food"][1] == "this question must be answered"
    details = caught.value.details()["errors"]
    assert details["pets"]["th"]
    assert details["pets"]["en"]
    assert world.count(round_records) == 0
    fine = good(rooms="3", moved_in="2020-01-31", has_boat="no", fuel="gas", pets=["dog", "cat"],
                note="  บ้าน   ไม้ ")  # fmt: skip
    record = submit(world, round_id, home.id, fine, who="coordinator")
    assert record.answers["rooms"] == 3
    assert record.answers["pets"] == ["cat", "dog"]
    assert record.answers["moved_in"] == "2020-01-31"
    assert record.answers["note"] == "บ้าน ไม้"
    assert record.answers["has_boat"] is False
    assert record.duty_id is None


def test_a_collector_outside_the_round_is_refused(world: World) -> None:
    round_id = open_round(world)
    collector = world.users["collector"].id
    with pytest.raises(OutsideAssignment):  # no collector duty in the railway community
        world.write(lambda c: assign_collector(c, round_id, world.rail.id, collector,
                                               actor=ACTOR, at=AT))  # fmt: skip
    for who, place in (("collector", world.rail.id), ("leader", world.hat_yai.id)):
        home = world.household(place)
        with pytest.raises(OutsideAssignment):
            submit(world, round_id, home.id, good(), who=who)
    outside = world.write(lambda c: community.create_community(
        c, name="ชุมชนตัวอย่างนอกรอบ", kind="urban", tambon_code="900101",
        actor=ACTOR, at=AT))  # fmt: skip
    with pytest.raises(InvalidRound):
        submit(world, round_id, world.household(outside.id).id, good(), who="coordinator")
    assert world.count(round_records) == 0


def test_replays_conflicts_and_closed_rounds(world: World) -> None:
    round_id = open_round(world)
    home = world.household()
    first = submit(world, round_id, home.id, good(), key="phone-entry-1")
    again = submit(world, round_id, home.id, good(members=9), key="phone-entry-1")
    assert again == first
    assert again.members == 2
    with pytest.raises(VersionConflict):
        submit(world, round_id, home.id, good(members=5), key="phone-entry-2")
    fixed = submit(world, round_id, home.id, good(members=5), key="office-fix-1", base=1)
    assert fixed.version == 2
    assert fixed.members == 5
    with pytest.raises(VersionConflict):
        submit(world, round_id, home.id, good(members=6), key="phone-entry-3", base=1)
    world.write(lambda c: move_round(c, round_id, "closed", actor=ACTOR, at=AT))
    with pytest.raises(RoundNotOpen):
        submit(world, round_id, home.id, good(), key="late-entry-1", base=2)
    with pytest.raises(RoundNotOpen):
        world.write(lambda c: move_round(c, round_id, "open", actor=ACTOR, at=AT))


def test_a_households_history_across_two_rounds(world: World) -> None:
    home = world.household()
    first = open_round(world, "รอบ 2568", date(2025, 6, 1))
    second = open_round(world, "รอบ 2569", date(2026, 6, 1))
    submit(world, second, home.id, good(members=3, income_year=150_000, tenure="baan_mankong"))
    submit(world, first, home.id, good(members=4, income_year=90_000, exercise=False))
    history = world.read(lambda c: community.household_history(c, home.id))
    assert [r.name for r, _ in history] == ["รอบ 2568", "รอบ 2569"]
    assert [(x.members, x.income_year, x.tenure) for _, x in history] == [
        (4, 9_000_000, "rent"), (3, 15_000_000, "baan_mankong")]  # fmt: skip
    assert [x.health_failed for _, x in history] == [1, 0]
    assert {x.collector_id for _, x in history} == {world.users["collector"].id}


def test_round_rejections(world: World) -> None:
    def create(**more: Any) -> None:
        values: dict[str, Any] = {"name": "รอบ", "starts_on": date(2026, 6, 1),
                                  "ends_on": date(2026, 6, 30)} | more  # fmt: skip
        world.write(lambda c: community.create_round(c, **values, actor=ACTOR, at=AT))

    for wrong in ({"name": " "}, {"ends_on": date(2026, 5, 1)}, {"questionnaire": "x"}):
        with pytest.raises(InvalidRound):
            create(**wrong)
    create()
    with pytest.raises(InvalidRound):
        create()
    round_id = world.read(community.list_rounds)[0].id
    with pytest.raises(InvalidRound):  # no community yet
        world.write(lambda c: move_round(c, round_id, "open", actor=ACTOR, at=AT))
    for wrong_question in (
        {"key": "Bad Key", "kind": "text"},
        {"key": "members", "kind": "text"},
        {"key": "x", "kind": "colour"},
        {"key": "x", "kind": "text", "min_value": 1},
        {"key": "x", "kind": "number", "min_value": 5, "max_value": 1},
        {"key": "x", "kind": "one_choice", "choices": [["a", "ก", "A"]]},
        {"key": "x", "kind": "choices", "choices": [["a", "ก", "A"], ["a", "ข", "B"]]},
    ):

        def ask(c: Connection, w: dict[str, Any] = wrong_question) -> object:
            return add_question(
                c, round_id, label_th="ถาม", label_en="Ask", actor=ACTOR, at=AT, **w
            )

        with pytest.raises(InvalidRound):
            world.write(ask)


def test_the_demo_round(engine: Engine) -> None:
    assert load_community_demo(engine, households=600)
    with read_transaction(engine) as c:
        (found,) = community.list_rounds(c)
        collector = find_by_phone(c, COLLECTOR.phone)
        assert collector is not None
        (mine,) = rounds_of_collector(c, collector.id)
        counts = community.deprived_households(c, community.ROOT, found.id)
        records = c.execute(select(round_records)).all()
        profile = community.community_profile(c, mine[1][0])
    assert found.status == "open"
    assert mine[0].id == found.id
    assert len(mine[1]) == 3
    assert 500 < counts.surveyed < 600, "about one in ten of the collector's homes is left"
    assert 0 < counts.any_dimension < counts.surveyed
    assert all(0 < n < counts.surveyed for n in counts.by_dimension.values())
    by_collector = {row.collector_id for row in records if row.community_id in mine[1]}
    assert by_collector == {collector.id}
    assert profile.sections[0].title == "Deprivation in the latest survey round"


def test_the_rounds_commands(world: World, database_url: str) -> None:
    runner = CliRunner()

    def run(*words: str, code: int = 0) -> str:
        result = runner.invoke(app, ["data", "rounds", *words, "--database-url", database_url])
        assert result.exit_code == code, result.output
        return result.output

    made = run("create", "--name", "รอบจากคำสั่ง", "--start", "2026-07-01", "--end", "2026-07-31",
               "--community", str(world.bo_yang.id), "--community", str(world.rail.id))  # fmt: skip
    assert "planned" in made
    round_id = world.read(community.list_rounds)[0].id
    collector = world.users["collector"].phone
    run("assign", str(round_id), "--community", str(world.bo_yang.id), "--phone", collector)
    refused = run("assign", str(round_id), "--community", str(world.rail.id), "--phone", collector,
                  code=1)  # fmt: skip
    assert "collector duty" in refused
    assert f"round {round_id} open" in run("open", str(round_id))
    submit(world, round_id, world.household().id, good(members=1, income_year=37_999))
    shown = run("deprivation", str(round_id), "--node", "tambon:900101")
    assert "│ 1 " in shown
    assert "38,000.00" in run("thresholds")
    assert "version 1" in run("thresholds", "--income-line-baht", "30000", "--reason", "ทดลอง")
    assert "living" in run("thresholds", "--failed", "living=9", "--reason", "x", code=1)
    run("close", str(round_id))
    assert "closed" in run("list")
    run("open", str(round_id), code=1)


def test_an_ended_duty_ends_the_assignment_and_keys_stay_with_their_entry(world: World) -> None:
    round_id = open_round(world)
    home, other = world.household(), world.household(house_number="9")
    submit(world, round_id, home.id, good(), key="phone-entry-1")
    with pytest.raises(InvalidRound):
        submit(world, round_id, other.id, good(), key="phone-entry-1")
    with pytest.raises(OutsideAssignment):
        submit(world, round_id, home.id, good(), who="leader", key="phone-entry-1")
    collector = world.users["collector"].id
    (duty,) = world.read(lambda c: community.list_duties(c, collector))
    world.write(lambda c: community.end_duty(c, duty.id, actor=ACTOR, at=AT))
    with pytest.raises(OutsideAssignment):
        submit(world, round_id, other.id, good(), key="phone-entry-2")
    assert world.count(round_records) == 1
