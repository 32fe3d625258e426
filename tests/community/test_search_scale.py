"""Search after its indexes (decision 0050): every way of finding still finds the right
persons, masked, inside the reader's communities, and goes through an index."""

import pytest
from sqlalchemy import Connection, Engine, text

from tests.community.helpers import World
from thungngoen.community.access import people_scope
from thungngoen.community.search import search


@pytest.fixture
def people(world: World) -> dict[str, int]:
    home = world.household(house_number="45/6")
    rail = world.household(world.rail.id, house_number="9")
    hat_yai = world.household(world.hat_yai.id, house_number="45/6")
    made = {
        "somchai": world.person(home.id, name="สมชาย ใจดี", phone="0812345678"),
        "somsri": world.person(home.id, name="สมศรี ทองสุขดี", phone="0898765678"),
        "malee": world.person(rail.id, name="มาลี ใจงาม", phone="0611112222"),
        "far": world.person(hat_yai.id, name="สมชาย ใจดีมาก", phone="0812340000"),
    }
    return {key: person.id for key, person in made.items()}


def found(world: World, text: str, who: str = "coordinator") -> list[tuple[str, str]]:
    def work(connection: Connection) -> list[tuple[str, str]]:
        hits = search(connection, text, people_scope(connection, world.users[who]))
        return [(hit.name, hit.phone) for hit in hits]

    return world.read(work)


def test_names_are_found_by_the_start_of_the_given_or_family_name(
    world: World, people: dict[str, int]
) -> None:
    assert found(world, "สม") == [
        ("สมชาย ใจดี", "08x-xxx-5678"),
        ("สมชาย ใจดีมาก", "08x-xxx-0000"),
        ("สมศรี ทองสุขดี", "08x-xxx-5678"),
    ]
    assert found(world, "ใจ") == [
        ("มาลี ใจงาม", "06x-xxx-2222"),
        ("สมชาย ใจดี", "08x-xxx-5678"),
        ("สมชาย ใจดีมาก", "08x-xxx-0000"),
    ]
    assert found(world, "  สมชาย   ใจดี ") == [
        ("สมชาย ใจดี", "08x-xxx-5678"),
        ("สมชาย ใจดีมาก", "08x-xxx-0000"),
    ]
    assert found(world, "ทองสุขดี") == [("สมศรี ทองสุขดี", "08x-xxx-5678")]
    assert found(world, "สุขดี") == [], "a word's middle is not searched (decision 0050)"
    assert found(world, "%") == []
    assert found(world, "_") == []


def test_phones_are_found_whole_by_their_start_or_their_last_four(
    world: World, people: dict[str, int]
) -> None:
    assert found(world, "0812345678") == [("สมชาย ใจดี", "08x-xxx-5678")]
    assert found(world, "081-234-5678") == [("สมชาย ใจดี", "08x-xxx-5678")]
    assert found(world, "5678") == [
        ("สมชาย ใจดี", "08x-xxx-5678"),
        ("สมศรี ทองสุขดี", "08x-xxx-5678"),
    ]
    assert found(world, "๕๖๗๘") == found(world, "5678"), "Thai digits"
    assert found(world, "081234") == [
        ("สมชาย ใจดี", "08x-xxx-5678"),
        ("สมชาย ใจดีมาก", "08x-xxx-0000"),
    ]
    assert found(world, "0000") == [("สมชาย ใจดีมาก", "08x-xxx-0000")]
    assert found(world, "234") == []
    assert found(world, "12345678") == []


def test_the_scope_and_the_house_number_still_hold(world: World, people: dict[str, int]) -> None:
    assert found(world, "สมชาย", "collector") == [("สมชาย ใจดี", "08x-xxx-5678")]
    assert found(world, "5678", "leader") == []
    assert found(world, "สมชาย", "stranger") == []
    by_number = world.read(lambda c: search(c, "45/6", people_scope(c, world.users["coordinator"])))
    assert sorted((hit.community, hit.name, hit.phone) for hit in by_number) == [
        (world.bo_yang.name, "", ""),
        (world.hat_yai.name, "", ""),
    ]


PLANS = {
    "ix_community_persons_family": "substr(name, {position} + 1) >= 'ใจ'",
    "ix_community_persons_phone_tail": "substr(phone, length(phone) - 3) = '5678'",
    "ix_community_persons_name": "name >= 'สม' AND name < 'สม\U0010ffff'",
}


def test_each_way_of_finding_has_its_index(engine: Engine) -> None:
    sqlite = engine.dialect.name == "sqlite"
    position = "instr(name, ' ')" if sqlite else "strpos(name, ' ')"
    explain = "EXPLAIN QUERY PLAN" if sqlite else "EXPLAIN"
    with engine.connect() as connection:
        if not sqlite:
            connection.execute(text("SET enable_seqscan = off"))
        for index, condition in PLANS.items():
            query = f"{explain} SELECT id FROM community_persons WHERE {condition}"
            plan = " ".join(
                str(row) for row in connection.execute(text(query.format(position=position)))
            )
            assert index in plan, plan
        query = f"{explain} SELECT id FROM community_households WHERE house_number = '9'"
        plan = " ".join(str(row) for row in connection.execute(text(query)))
        assert "ix_community_households_number" in plan, plan
