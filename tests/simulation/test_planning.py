"""Planning the pilot (no database): where people live, which shops, who deals with whom."""

from collections import Counter
from random import Random

import pytest

from thungngoen.registry.places import PILOT_TAMBONS, tambons
from thungngoen.simulation.areas import PILOT_DISTRICT, area_weights, district_of
from thungngoen.simulation.categories import BY_CODE, CATEGORIES
from thungngoen.simulation.merchants import category_counts, plan_merchants
from thungngoen.simulation.population import plan_agents, plan_members
from thungngoen.simulation.ties import tie


def test_members_live_everywhere_but_mostly_in_the_pilot_area() -> None:
    codes, cumulative = area_weights("home")
    assert sorted(codes) == sorted(tambons())
    assert len(codes) == 127
    weights = [b - a for a, b in zip((0.0, *cumulative), cumulative, strict=False)]
    assert min(weights) > 0, "every sub-district has members"
    members = plan_members(Random(1), 4000)
    living = Counter(member.tambon for member in members)
    pilot = sum(living[code] for code in PILOT_TAMBONS) / len(members)
    district = sum(n for code, n in living.items() if district_of(code) == PILOT_DISTRICT)
    assert 0.27 < pilot < 0.33
    assert 0.47 < district / len(members) < 0.53
    assert living.most_common(1)[0][0] == PILOT_TAMBONS[0]
    assert len(living) >= 120
    assert len({member.phone for member in members}) == len(members)


def test_every_category_has_a_shop_and_shares_are_kept() -> None:
    assert [count for _, count in category_counts(6)] == [1] * 6
    counts = category_counts(300)
    assert sum(n for _, n in counts) == 300
    for category, n in counts:
        assert abs(n - category.merchant_share * 300) <= 2, category.code
    with pytest.raises(ValueError, match="at least 6"):
        category_counts(5)


def test_shops_are_where_their_trade_is() -> None:
    shops = plan_merchants(Random(2), 300)
    city = {"9001", "9011"}
    for shop in shops:
        if shop.category.code == "wholesale":
            assert district_of(shop.tambon) in city
        if shop.category.code == "producer":
            assert district_of(shop.tambon) not in city
    assert {shop.category.code for shop in shops} == {c.code for c in CATEGORIES}


def test_people_deal_mostly_locally_and_nobody_has_two_employers() -> None:
    rng = Random(3)
    members, shops = plan_members(rng, 1000), plan_merchants(rng, 60)
    agents = plan_agents(rng, members)
    ties = tie(rng, members, shops, agents)
    assert len(agents) == 4
    local = total = 0
    for member, favourites in zip(members, ties.favourites, strict=True):
        assert set(favourites) == {c.code for c in CATEGORIES}
        for code, chosen in favourites.items():
            assert 1 <= len(chosen) <= 3
            if BY_CODE[code].area == "home":  # producers and wholesalers are elsewhere
                total += len(chosen)
                local += sum(
                    district_of(shops[i].tambon) == district_of(member.tambon) for i in chosen
                )
    assert local / total > 0.6, "most everyday shopping is in one's own district"
    staff = [person for hired in ties.staff for person in hired]
    assert len(staff) == len(set(staff)) > 60
    for index, suppliers in enumerate(ties.suppliers):
        assert index not in suppliers
        allowed = shops[index].category.suppliers
        assert all(shops[s].category.code in allowed for s in suppliers)
