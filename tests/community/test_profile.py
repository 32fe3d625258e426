"""Counts along the tree and a community's profile: figures only."""

from datetime import date

from tests.community.helpers import ACTOR, AT, WITH_HEALTH, World
from thungngoen import community


def test_counts_add_up_along_the_tree(world: World) -> None:
    first = world.household()
    world.person(first.id)
    world.person(first.id, name="ลูก ใจดี", relation="child", birth_date=date(2015, 1, 1))
    world.person(world.household(world.rail.id, house_number="7").id)
    world.household(world.hat_yai.id)
    rows = world.read(lambda c: community.community_rows(c, community.parse_node("amphoe:9001")))
    assert [(r.community.id, r.households, r.persons) for r in rows] == [
        (world.bo_yang.id, 1, 2),
        (world.rail.id, 1, 1),
    ]
    everywhere = world.read(lambda c: community.community_rows(c, community.ROOT))
    assert sum(r.households for r in everywhere) == 3


def test_a_profile_counts_each_vulnerable_group(world: World) -> None:
    home = world.household(wish_to_relocate=True)
    world.person(home.id, elderly_alone=True)
    world.person(home.id, name="ป้า", basis=WITH_HEALTH, bedridden=True, disability=True)
    world.person(
        home.id, name="หลาน", relation="grandchild", birth_date=date(2013, 5, 1),
        child_out_of_school=True,
    )  # fmt: skip
    world.household(house_number="9")
    world.write(
        lambda c: community.create_organisation(
            c, name_th="เทศบาลนครสงขลา", name_en="Songkhla City Municipality",
            sector="local_government", places=[f"municipality:{world.town.id}"], actor=ACTOR, at=AT,
        )
    )  # fmt: skip
    profile = world.read(lambda c: community.community_profile(c, world.bo_yang.id))
    assert (profile.households, profile.persons, profile.wish_to_relocate) == (2, 3, 1)
    assert profile.vulnerable == {
        "elderly_alone": 1,
        "bedridden": 1,
        "child_out_of_school": 1,
        "disability": 1,
        "chronic_illness": 0,
    }
    assert [o.name_en for o in profile.organisations] == ["Songkhla City Municipality"]
    assert profile.path[-1].name == world.bo_yang.name
    assert [section.title for section in profile.sections] == [
        "Shops taking the coin and coin circulating"
    ], "no relocation request: that section stays out"


def test_later_parts_add_their_section_to_a_profile(world: World) -> None:
    def coin(_c: object, shown: community.Community) -> community.ProfileSection:
        return community.ProfileSection("Coin circulation", [("shops", shown.name)])

    community.PROFILE_SECTIONS.append(coin)
    try:
        profile = world.read(lambda c: community.community_profile(c, world.rail.id))
    finally:
        community.PROFILE_SECTIONS.remove(coin)
    assert profile.sections[-1].lines == [("shops", world.rail.name)]
