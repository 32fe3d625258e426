"""Municipalities and communities: strict checks, nothing written when refused."""

from typing import Any

import pytest

from tests.community.helpers import ACTOR, AT, BO_YANG, HAT_YAI, World
from thungngoen import community
from thungngoen.community.errors import DuplicatePlace, InvalidPlace, UnknownCommunity
from thungngoen.community.tables import communities, municipalities


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "  "}, "name"),
        ({"kind": "village"}, "kind"),
        ({"tambon_code": "999999"}, "tambon_code"),
        ({"tambon_code": HAT_YAI, "municipality_id": "town"}, "municipality_id"),
        ({"latitude_e6": 7_200_000}, "latitude_e6"),
        ({"latitude_e6": 13_750_000, "longitude_e6": 100_500_000}, "latitude_e6"),
        ({"name": "ชุมชนตัวอย่างบ่อยาง"}, "name"),
    ],
)
def test_a_bad_community_is_refused_and_nothing_written(
    world: World, changes: dict[str, Any], field: str
) -> None:
    values: dict[str, Any] = {"name": "ชุมชนใหม่", "kind": "urban", "tambon_code": BO_YANG}
    values |= changes
    if values.get("municipality_id") == "town":
        values["municipality_id"] = world.town.id
    before = world.count(communities)
    with pytest.raises((InvalidPlace, DuplicatePlace)) as refused:
        world.write(lambda c: community.create_community(c, **values, actor=ACTOR, at=AT))
    assert refused.value.field == field
    assert world.count(communities) == before


def test_a_community_changes_its_leader_and_point(world: World) -> None:
    changed = world.write(
        lambda c: community.update_community(
            c, world.rail.id, leader_name="นางผู้นำ", latitude_e6=7_198_000,
            longitude_e6=100_595_000, actor=ACTOR, at=AT,
        )
    )  # fmt: skip
    assert (changed.leader_name, changed.latitude_e6) == ("นางผู้นำ", 7_198_000)
    with pytest.raises(InvalidPlace):
        world.write(
            lambda c: community.update_community(
                c, world.rail.id, tambon_code=HAT_YAI, actor=ACTOR, at=AT
            )
        )
    with pytest.raises(UnknownCommunity):
        world.read(lambda c: community.get_community(c, 999))


def test_a_municipality_covers_sub_districts_of_one_district(world: World) -> None:
    with pytest.raises(InvalidPlace):
        world.write(
            lambda c: community.create_municipality(
                c,
                name="เทศบาลผสม",
                kind="town",
                tambon_codes=[BO_YANG, HAT_YAI],
                actor=ACTOR,
                at=AT,
            )
        )
    assert world.count(municipalities) == 1
    assert world.town.tambon_codes == (BO_YANG,)
    assert world.town.amphoe_code == "9001"


def test_communities_are_listed_under_a_node(world: World) -> None:
    node = community.parse_node(f"tambon:{BO_YANG}")
    found = world.read(lambda c: community.list_communities(c, node))
    assert [c.name for c in found] == ["ชุมชนตัวอย่างบ่อยาง", "ชุมชนตัวอย่างริมทางรถไฟ"]
