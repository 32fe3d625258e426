"""Who deals with whom: each member's usual shops, each shop's suppliers and staff, each
member's agent. Mostly local: the same sub-district first, then the same district."""

from dataclasses import dataclass
from random import Random

from thungngoen.simulation.areas import district_of
from thungngoen.simulation.merchants import PlannedMerchant
from thungngoen.simulation.population import PlannedAgent, PlannedMember

NEAR = (0.6, 0.85)
"""Chance of choosing in the same sub-district, and (cumulated) in the same district."""
FUND_CHOICE = (("citizens-day", 0.4), ("welfare", 0.35), ("savings-groups", 0.25))
"""The community fund (``book.COMMUNITY_FUNDS``) a shop gives its redemption fees to."""


class Places:
    """Indexes of things by sub-district and by district, to choose near a place."""

    def __init__(self, tambon_of: list[str]) -> None:
        self.everything = tuple(range(len(tambon_of)))
        self.by_tambon: dict[str, list[int]] = {}
        self.by_district: dict[str, list[int]] = {}
        for index, code in enumerate(tambon_of):
            self.by_tambon.setdefault(code, []).append(index)
            self.by_district.setdefault(district_of(code), []).append(index)

    def near(self, rng: Random, home: str, exclude: int | None = None) -> int | None:
        roll = rng.random()
        for pool in (
            self.by_tambon.get(home, []) if roll < NEAR[0] else [],
            self.by_district.get(district_of(home), []) if roll < NEAR[1] else [],
            self.everything,
        ):
            choices = pool if exclude is None else [i for i in pool if i != exclude]
            if choices:
                return rng.choice(choices)
        return None


@dataclass(frozen=True, slots=True)
class Ties:
    favourites: list[dict[str, tuple[int, ...]]]
    agent_of: list[int]
    suppliers: list[tuple[int, ...]]
    staff: list[tuple[int, ...]]
    funds: list[str]
    offsets: list[int]


def tie(
    rng: Random,
    members: list[PlannedMember],
    merchants: list[PlannedMerchant],
    agents: list[PlannedAgent],
) -> Ties:
    by_category = _places_by_category(merchants)
    favourites = [_favourites(rng, member.tambon, by_category) for member in members]
    agent_places = Places([agent.tambon for agent in agents])
    agent_of = [_agent_near(rng, agent_places, member.tambon) for member in members]
    suppliers = [_suppliers(rng, index, shop, by_category) for index, shop in enumerate(merchants)]
    staff = _staff(rng, members, merchants)
    funds = [code for code, _ in FUND_CHOICE]
    shares = [share for _, share in FUND_CHOICE]
    chosen_funds = [rng.choices(funds, shares)[0] for _ in merchants]
    offsets = [rng.randrange(7) for _ in merchants]
    return Ties(favourites, agent_of, suppliers, staff, chosen_funds, offsets)


def _agent_near(rng: Random, agents: Places, home: str) -> int:
    found = agents.near(rng, home)
    assert found is not None, "a simulation has agents"
    return found


def _places_by_category(merchants: list[PlannedMerchant]) -> dict[str, tuple[list[int], Places]]:
    """Category → (indexes of its shops, their places, indexed locally)."""
    grouped: dict[str, list[int]] = {}
    for index, shop in enumerate(merchants):
        grouped.setdefault(shop.category.code, []).append(index)
    return {
        code: (indexes, Places([merchants[i].tambon for i in indexes]))
        for code, indexes in grouped.items()
    }


def _favourites(
    rng: Random, home: str, by_category: dict[str, tuple[list[int], Places]]
) -> dict[str, tuple[int, ...]]:
    chosen = {}
    for code, (indexes, places) in by_category.items():
        picks = [places.near(rng, home) for _ in range(3)]
        unique = dict.fromkeys(indexes[pick] for pick in picks if pick is not None)
        chosen[code] = tuple(unique)
    return chosen


def _suppliers(
    rng: Random, index: int, shop: PlannedMerchant, by_category: dict[str, tuple[list[int], Places]]
) -> tuple[int, ...]:
    found = []
    for _ in range(rng.randint(1, 3)):
        indexes, places = by_category[rng.choice(shop.category.suppliers)]
        mine = indexes.index(index) if index in indexes else None
        pick = places.near(rng, shop.tambon, exclude=mine)
        if pick is not None:
            found.append(indexes[pick])
    return tuple(dict.fromkeys(found))


def _staff(
    rng: Random, members: list[PlannedMember], merchants: list[PlannedMerchant]
) -> list[tuple[int, ...]]:
    """Employees live in the shop's district when possible; nobody has two employers."""
    free: dict[str, list[int]] = {}
    for index, member in enumerate(members):
        free.setdefault(district_of(member.tambon), []).append(index)
    staff = []
    for shop in merchants:
        hired = []
        for _ in range(rng.randint(*shop.category.staff)):
            local = free.get(district_of(shop.tambon)) or next(
                (pool for pool in free.values() if pool), []
            )
            if local:
                hired.append(local.pop(rng.randrange(len(local))))
        staff.append(tuple(hired))
    return staff
