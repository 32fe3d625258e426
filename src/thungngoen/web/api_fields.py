"""The fields every area's API shares, strict at the edge: an amount or an id is a JSON
integer in range — never ``true``, ``"100"``, ``100.0`` or a number the database cannot
hold — so that a loose type cannot become money and a huge one cannot become a 500."""

import re
from datetime import date, datetime
from typing import Annotated, Any, Final

from fastapi import Path
from pydantic import AfterValidator, AwareDatetime, BaseModel, BeforeValidator, ConfigDict, Field

MAX_SATANG: Final = 1_000_000_000_000
"""Ten billion baht: more than any one operation may move; the operations set the real
limits, this one only keeps every amount far inside a 64-bit column."""
MAX_ID: Final = 2**63 - 1
"""The largest id a 64-bit key column holds."""

Satang = Field(
    strict=True, gt=0, le=MAX_SATANG, description="Amount in satang (1 baht = 100 satang)."
)
Pin = Field(pattern=r"^[0-9]{6}$", description="The six-digit payment PIN.")
Id = Annotated[int, Path(ge=1, le=MAX_ID, description="A record's number.")]
"""A record's number in a URL path."""

FIRST_DAY: Final = date(2000, 1, 1)
LAST_DAY: Final = date(2100, 12, 31)
"""The days a request may name: the platform's records and plans lie well inside them."""


ISO_DAY: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _iso_day(value: object) -> object:
    """Only ``YYYY-MM-DD`` is a day (``0`` is not 1970-01-01)."""
    iso = isinstance(value, str) and ISO_DAY.fullmatch(value)
    if not (iso or isinstance(value, date)):
        raise ValueError("a day is written YYYY-MM-DD")
    return value


def _in_window(day: date) -> date:
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ValueError(f"a day between {FIRST_DAY} and {LAST_DAY}")
    return day


Day = Annotated[date, Field(strict=False), BeforeValidator(_iso_day), AfterValidator(_in_window)]
"""A day in a query or a body: ISO ``YYYY-MM-DD``, between ``FIRST_DAY`` and ``LAST_DAY``."""


def _moment_in_window(moment: datetime) -> datetime:
    _in_window(moment.date())
    return moment


Moment = Annotated[datetime, Field(strict=False), AfterValidator(_moment_in_window)]
"""A point in time in a body: ISO 8601 with its offset, on a day ``Day`` allows."""
AwareMoment = Annotated[AwareDatetime, Field(strict=False), AfterValidator(_moment_in_window)]
"""``Moment`` that must carry its offset (a naive time would be read in the server's zone)."""


def whole(low: int, high: int, description: str | None = None) -> Any:
    """A strict JSON integer from ``low`` to ``high`` (a count, a rate, a number of months)."""
    return Field(strict=True, ge=low, le=high, description=description)


BodyId = Annotated[int, Field(strict=True, ge=1, le=MAX_ID, description="A record's number.")]
"""A record's number in a request body."""
BasisPoints = Annotated[int, Field(strict=True, ge=0, le=10_000, description="1/100 of a %.")]
OptionalSatang = Field(
    None, strict=True, gt=0, le=MAX_SATANG, description="Amount in satang, or null."
)
TEXT_MAX: Final = 500
"""The longest text a request body may hold in any field unless the field says less."""


class ApiModel(BaseModel):
    """The base of every request body: strict types (``true`` or ``"100"`` is not a number,
    a day is ``Day``), no unknown fields, no text longer than ``TEXT_MAX``.
    ``tests/web/test_api_contract.py`` keeps every request body on it, with every integer
    bounded."""

    model_config = ConfigDict(strict=True, extra="forbid", str_max_length=TEXT_MAX)


def id_or_none(description: str | None = None) -> Any:
    """A record's number in a body, or null (the field's default)."""
    return Field(None, strict=True, ge=1, le=MAX_ID, description=description)


def satang_or_none(description: str) -> Any:
    """``OptionalSatang`` with the field's own description (a limit, an allowance)."""
    return Field(None, strict=True, gt=0, le=MAX_SATANG, description=description)


Phone = Annotated[
    str,
    Field(
        max_length=20,
        description="A Thai mobile number: 0812345678, +66 81 234 5678 or in Thai digits.",
    ),
]
"""A phone as a person types it (``thai.normalize_phone`` reads it): no ASCII-only
pattern, Thai digits, spaces and dashes are welcome."""
TambonCode = Annotated[
    str,
    Field(
        pattern=r"^[0-9]{6}(/[0-9]{4})?$",
        description="A sub-district code: 900101, or 900304/9005 for the second Sakom.",
    ),
]
"""A sub-district's code as ``registry.places`` writes it (the registry says which exist)."""
Name = Annotated[str, Field(max_length=200)]
"""A person's, a shop's, a group's or a batch's name (their columns hold 200)."""
Code = Annotated[str, Field(max_length=40)]
"""A group's, an enterprise's, a program's or a fund's code (their columns hold 40)."""
