"""Who an announcement can be sent to, declared by the area that knows those people
(``Area.audiences``): everyone, the members of a sub-district, the shops, a savings
group, later a community, an organisation's people, an event's participants.

An audience answers a SELECT of user ids, so that queueing an announcement to a hundred
thousand people is one ``INSERT … SELECT`` in the database, not a loop in Python."""

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from sqlalchemy import Select

from thungngoen import areas
from thungngoen.notify import errors


@dataclass(frozen=True, slots=True)
class Audience:
    code: str
    label: str
    """English, translated through the areas' catalogues."""
    users: Callable[[str], Select[tuple[int]]]
    """The user ids for a value (a sub-district code, a group's number; "" when none)."""
    value_label: str = ""
    """What the value is (empty: the audience takes none)."""


CORE_AUDIENCES = ("thungngoen.auth.audiences:AUDIENCES",)


@cache
def all_audiences() -> dict[str, Audience]:
    parts = CORE_AUDIENCES + tuple(a.audiences for a in areas.AREAS if a.audiences)
    return {audience.code: audience for part in parts for audience in areas.load(part)}


def audience_named(code: str) -> Audience:
    found = all_audiences().get(code)
    if found is None:
        raise errors.UnknownAudience(f"the audiences are {', '.join(sorted(all_audiences()))}")
    return found
