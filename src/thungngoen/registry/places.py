"""Songkhla's sub-districts (tambon) and districts (amphoe), from the packaged CSV."""

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from thungngoen.errors import DomainError

PILOT_TAMBONS = ("900101",)
"""The sandbox of the seed: Bo Yang, the old town of Songkhla city."""


class UnknownPlace(DomainError):
    code = "unknown_place"


@dataclass(frozen=True, slots=True)
class Tambon:
    code: str
    name: str
    amphoe_code: str
    amphoe: str
    zipcode: str


@cache
def tambons() -> dict[str, Tambon]:
    """Sub-districts by code. The source lists Sakom (สะกอม) under both Chana and Thepha
    with one code; the row whose code does not start with its district's code is keyed
    ``code/amphoe_code`` so that both stay addressable (docs/decisions/0005)."""
    text = resources.files("thungngoen.registry").joinpath("data/songkhla_tambons.csv")
    with text.open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    rows.sort(key=lambda row: row["tambon_code"][:4] != row["amphoe_code"])
    places: dict[str, Tambon] = {}
    for row in rows:
        code = row["tambon_code"]
        if code in places:
            code = f"{code}/{row['amphoe_code']}"
        places[code] = Tambon(
            code, row["tambon"], row["amphoe_code"], row["amphoe"], row["zipcode"]
        )
    return places


def tambon(code: str) -> Tambon:
    try:
        return tambons()[code]
    except KeyError:
        raise UnknownPlace(f"{code!r} is not a sub-district of Songkhla") from None


def amphoes() -> dict[str, str]:
    return {place.amphoe_code: place.amphoe for place in tambons().values()}
