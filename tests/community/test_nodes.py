"""The places tree: node ids, paths, "is X under N", "all communities under N"."""

import pytest

from tests.community.helpers import BO_YANG, HAT_YAI, World
from thungngoen import community
from thungngoen.community.errors import UnknownNode


@pytest.mark.parametrize(
    "text",
    ["", "tambon", "tambon:", "tambon:999999", "amphoe:1001", "province:10", "village:1",
     "community:abc", "community:0", "household:-1", "community:²", "person:٣"],
)  # fmt: skip
def test_a_malformed_or_unknown_node_is_refused(text: str) -> None:
    with pytest.raises(UnknownNode):
        community.parse_node(text)


def test_a_community_s_path_runs_from_the_province_through_its_municipality(
    world: World,
) -> None:
    node = community.parse_node(world.bo_yang.node)
    path = world.read(lambda c: community.node_path(c, node))
    assert [step.node for step in path] == [
        "province:90",
        "amphoe:9001",
        f"tambon:{BO_YANG}",
        f"municipality:{world.town.id}",
        world.bo_yang.node,
    ]
    assert [step.name for step in path][2:] == ["บ่อยาง", "เทศบาลนครสงขลา", "ชุมชนตัวอย่างบ่อยาง"]
    no_town = world.read(lambda c: community.node_path(c, community.parse_node(world.hat_yai.node)))
    assert [step.level for step in no_town] == ["province", "amphoe", "tambon", "community"]


def test_a_person_is_under_their_household_community_and_places(world: World) -> None:
    household = world.household()
    person = world.person(household.id)
    node = community.parse_node(person.node)
    path = world.read(lambda c: community.node_path(c, node))
    assert path[-1].name == "", "a path never names a person"
    assert path[-2].name == "12/3"

    def under(ancestor: str) -> bool:
        return world.read(lambda c: community.is_under(c, node, community.parse_node(ancestor)))

    for ancestor in ("province:90", "amphoe:9001", f"tambon:{BO_YANG}", world.bo_yang.node):
        assert under(ancestor)
    for other in (f"tambon:{HAT_YAI}", world.rail.node, "amphoe:9011"):
        assert not under(other)


def test_communities_under_each_level(world: World) -> None:
    household = world.household(world.hat_yai.id)
    person = world.person(household.id)
    expected = {
        "province:90": [world.bo_yang.id, world.rail.id, world.hat_yai.id],
        "amphoe:9001": [world.bo_yang.id, world.rail.id],
        "amphoe:9011": [world.hat_yai.id],
        "amphoe:9002": [],
        f"tambon:{BO_YANG}": [world.bo_yang.id, world.rail.id],
        f"municipality:{world.town.id}": [world.bo_yang.id, world.rail.id],
        world.rail.node: [world.rail.id],
        household.node: [world.hat_yai.id],
        person.node: [world.hat_yai.id],
    }

    def under(text: str) -> list[int]:
        return world.read(lambda c: community.communities_under(c, community.parse_node(text)))

    for text, ids in expected.items():
        assert under(text) == sorted(ids), text


def test_a_node_naming_no_row_is_unknown(world: World) -> None:
    with pytest.raises(UnknownNode):
        world.read(lambda c: community.node_path(c, community.parse_node("community:999")))
