"""Where the simulated people live and trade: all 127 sub-districts of Songkhla, weighted
to the pilot area (Bo Yang, the old town of Songkhla city) and its surroundings."""

from functools import cache
from itertools import accumulate

from thungngoen.registry.places import PILOT_TAMBONS, Tambon, tambons

PILOT_DISTRICT = "9001"
"""Mueang Songkhla, the district around the pilot sub-districts."""
HAT_YAI = "9011"
SINGHANAKHON = "9015"

AREA_PROFILES = ("home", "rural", "city")
"""``home``: where members live and shop; ``rural``: producers' villages (every district
but the two cities); ``city``: wholesalers (Mueang Songkhla and Hat Yai)."""

_HOME_SHARES = (
    ("pilot", 0.30),
    ("pilot district", 0.20),
    ("hat yai", 0.20),
    ("singhanakhon", 0.05),
    ("elsewhere", 0.25),
)


def _zone(place: Tambon) -> str:
    if place.code in PILOT_TAMBONS:
        return "pilot"
    return {
        PILOT_DISTRICT: "pilot district",
        HAT_YAI: "hat yai",
        SINGHANAKHON: "singhanakhon",
    }.get(place.amphoe_code, "elsewhere")


def _weight(place: Tambon, profile: str, zone_sizes: dict[str, int]) -> float:
    zone = _zone(place)
    if profile == "home":
        return dict(_HOME_SHARES)[zone] / zone_sizes[zone]
    city = place.amphoe_code in (PILOT_DISTRICT, HAT_YAI)
    return float(city) if profile == "city" else float(not city)


@cache
def area_weights(profile: str) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """The sub-district codes and their cumulative weights (for ``random.choices``)."""
    if profile not in AREA_PROFILES:
        raise ValueError(f"unknown area profile {profile!r}")
    places = list(tambons().values())
    zone_sizes: dict[str, int] = {}
    for place in places:
        zone_sizes[_zone(place)] = zone_sizes.get(_zone(place), 0) + 1
    weights = [_weight(place, profile, zone_sizes) for place in places]
    return tuple(place.code for place in places), tuple(accumulate(weights))


def is_pilot_district(code: str) -> bool:
    return tambons()[code].amphoe_code == PILOT_DISTRICT


def district_of(code: str) -> str:
    return tambons()[code].amphoe_code
