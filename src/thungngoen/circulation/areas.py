"""The areas a circulation report covers: a sub-district, a district, or the whole pilot."""

from dataclasses import dataclass
from typing import Literal

from thungngoen.circulation.errors import UnknownArea
from thungngoen.errors import DomainError
from thungngoen.registry.places import tambon, tambons

AreaLevel = Literal["pilot", "amphoe", "tambon"]


@dataclass(frozen=True, slots=True)
class Area:
    level: AreaLevel
    code: str
    """``''`` for the whole pilot, else the district or sub-district code."""
    name: str
    places: frozenset[str] | None
    """The sub-district codes inside the area; ``None``: everywhere."""

    def holds(self, place: str) -> bool:
        return self.places is None or place in self.places


WHOLE_PILOT = Area("pilot", "", "ทั้งโครงการ", None)


def parse_area(code: str | None) -> Area:
    """``None``/``all``: the whole pilot; 4 digits: a district (amphoe); a sub-district
    code (``900101``, or ``900304/9005`` for the second Sakom)."""
    if code is None or code.strip().lower() in ("", "all", "pilot"):
        return WHOLE_PILOT
    code = code.strip()
    if len(code) == 4 and code.isdigit():
        inside = frozenset(p.code for p in tambons().values() if p.amphoe_code == code)
        if not inside:
            raise UnknownArea(f"{code!r} is not a district of Songkhla")
        return Area("amphoe", code, tambon(next(iter(inside))).amphoe, inside)
    try:
        place = tambon(code)
    except DomainError:
        raise UnknownArea(f"{code!r} is not a district or sub-district of Songkhla") from None
    return Area("tambon", code, place.name, frozenset({code}))
