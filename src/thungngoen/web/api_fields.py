"""The fields every area's API shares, strict at the edge: an amount or an id is a JSON
integer in range — never ``true``, ``"100"``, ``100.0`` or a number the database cannot
hold — so that a loose type cannot become money and a huge one cannot become a 500."""

import re
from datetime import date
from typing import Annotated, Final

from fastapi import Path
from pydantic import AfterValidator, BeforeValidator, Field

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


Day = Annotated[date, BeforeValidator(_iso_day), AfterValidator(_in_window)]
"""A day in a query or a body: ISO ``YYYY-MM-DD``, between ``FIRST_DAY`` and ``LAST_DAY``."""
