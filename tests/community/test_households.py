"""Households: strict fields, an unknown community refused, optimistic concurrency."""

from typing import Any

import pytest

from tests.community.helpers import ACTOR, AT, World
from thungngoen import community
from thungngoen.audit.tables import audit_log
from thungngoen.community.errors import InvalidHousehold, UnknownCommunity, VersionConflict
from thungngoen.community.tables import households


def test_a_household_is_recorded_with_its_money_in_satang(world: World) -> None:
    made = world.household(
        address="ซอยตัวอย่าง ถนนรามวิถี",
        house_registration_no="9001-0123456-7".replace("-", "")[:11],
        tenure="railway_land",
        income_month=850_000,
        debts=4_500_000,
        wish_to_relocate=True,
    )
    assert (made.version, made.income_month, made.debts) == (1, 850_000, 4_500_000)
    assert made.house_registration_no == "90010123456"
    assert made.created_at == made.updated_at


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"house_number": ""}, "house_number"),
        ({"house_number": "บ้าน"}, "house_number"),
        ({"tenure": "squat"}, "tenure"),
        ({"income_month": -1}, "income_month"),
        ({"debts": 1.5}, "debts"),
        ({"house_registration_no": "12345"}, "house_registration_no"),
        ({"wish_to_relocate": "yes"}, "wish_to_relocate"),
    ],
)
def test_a_bad_household_is_refused_and_nothing_written(
    world: World, changes: dict[str, Any], field: str
) -> None:
    audited = world.count(audit_log)
    with pytest.raises(InvalidHousehold) as refused:
        world.household(**changes)
    assert refused.value.field == field
    assert (world.count(households), world.count(audit_log)) == (0, audited)


def test_an_unknown_community_is_refused(world: World) -> None:
    with pytest.raises(UnknownCommunity) as refused:
        world.household(community_id=9_999)
    assert refused.value.code == "unknown_community"
    assert world.count(households) == 0


def test_a_change_names_the_version_it_was_made_on(world: World) -> None:
    made = world.household()

    def change(version: int, **values: Any) -> community.Household:
        return world.write(
            lambda c: community.update_household(
                c, made.id, expected_version=version, **values, actor=ACTOR, at=AT
            )
        )

    changed = change(1, income_month=600_000)
    assert (changed.version, changed.income_month) == (2, 600_000)
    with pytest.raises(VersionConflict):
        change(1, income_month=1)  # a phone that read version 1 before the office's edit
    assert world.read(lambda c: community.get_household(c, made.id)).income_month == 600_000
    with pytest.raises(InvalidHousehold):
        change(2, community_id=world.rail.id)
