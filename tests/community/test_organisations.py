"""Organisations with their sector, dimensions and places; savings groups shown as their
community's organisations, read from the savings area."""

from datetime import date

import pytest

from tests.community.helpers import ACTOR, AT, BO_YANG, World
from thungngoen import community, savings
from thungngoen.community.errors import InvalidOrganisation, UnknownNode
from thungngoen.community.tables import organisations, savings_links
from thungngoen.savings.errors import UnknownGroup


def _create(world: World, name: str, **more: object) -> community.Organisation:
    return world.write(
        lambda c: community.create_organisation(
            c,
            name_th=name,
            name_en=name,
            sector="civil_society",
            actor=ACTOR,
            at=AT,
            **more,  # type: ignore[arg-type]
        )
    )


def test_an_organisation_covers_places_and_works_on_dimensions(world: World) -> None:
    made = _create(
        world, "มูลนิธิชุมชนสงขลา", dimensions=["happy_society", "creative_economy"],
        places=["province:90"], contact_phone="081-234-5678", contact_email="sk@example.org",
    )  # fmt: skip
    assert made.dimensions == {"happy_society", "creative_economy"}
    assert (made.places, made.contact_phone) == (("province:90",), "0812345678")
    local = _create(world, "ชมรมตัวอย่างบ่อยาง", places=[f"tambon:{BO_YANG}"])
    _create(world, "ชมรมตัวอย่างหาดใหญ่", places=[world.hat_yai.node])
    node = community.parse_node(world.rail.node)
    covering = world.read(lambda c: community.list_organisations(c, node=node))
    assert {o.name_th for o in covering} == {"มูลนิธิชุมชนสงขลา", "ชมรมตัวอย่างบ่อยาง"}
    changed = world.write(
        lambda c: community.update_organisation(
            c, local.id, places=[world.bo_yang.node], actor=ACTOR, at=AT
        )
    )
    assert changed.places == (world.bo_yang.node,)


@pytest.mark.parametrize(
    "more",
    [
        {"sector": "church"},
        {"dimensions": ["wealth"]},
        {"contact_phone": "123"},
        {"contact_email": "nobody"},
        {"name_th": ""},
    ],
)
def test_a_bad_organisation_is_refused(world: World, more: dict[str, object]) -> None:
    values: dict[str, object] = {"name_th": "องค์กร", "name_en": "Org", "sector": "private"} | more
    with pytest.raises(InvalidOrganisation):
        world.write(lambda c: community.create_organisation(c, **values, actor=ACTOR, at=AT))  # type: ignore[arg-type]
    with pytest.raises(UnknownNode):
        _create(world, "องค์กรไร้ที่", places=["community:999"])
    assert world.count(organisations) == 0


def test_a_community_shows_its_savings_group_without_copying_it(world: World) -> None:
    group = world.write(
        lambda c: savings.create_group(
            c, code="demo-by-1", name="กลุ่มออมทรัพย์ตัวอย่าง", tambon_code=BO_YANG,
            community="ชุมชนตัวอย่างบ่อยาง", founded_on=date(2024, 1, 1), actor=ACTOR,
        )
    )  # fmt: skip
    link = community.link_savings_group
    world.write(lambda c: link(c, world.bo_yang.id, group.id, actor=ACTOR))
    world.write(lambda c: link(c, world.bo_yang.id, group.id, actor=ACTOR))
    assert world.count(savings_links) == 1
    shown = world.read(lambda c: community.savings_groups_of(c, world.bo_yang.id))
    assert shown == [group]
    with pytest.raises(UnknownGroup):
        world.write(lambda c: link(c, world.bo_yang.id, 999, actor=ACTOR))
