"""The areas a circulation page can show: the whole pilot, a district, a sub-district."""

from dataclasses import dataclass
from functools import cache
from itertools import groupby

from thungngoen.registry.places import tambons


@dataclass(frozen=True, slots=True)
class AreaChoice:
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class DistrictChoices:
    district: AreaChoice
    tambons: tuple[AreaChoice, ...]


@cache
def area_choices() -> tuple[DistrictChoices, ...]:
    """Each district, then its sub-districts, in Thai alphabetical order."""
    places = sorted(tambons().values(), key=lambda place: (place.amphoe, place.name))
    return tuple(
        DistrictChoices(
            AreaChoice(group[0].amphoe_code, group[0].amphoe),
            tuple(AreaChoice(place.code, place.name) for place in group),
        )
        for group in (list(g) for _, g in groupby(places, lambda p: p.amphoe))
    )
