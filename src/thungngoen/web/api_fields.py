"""The fields every area's API shares, strict at the edge: an amount or an id is a JSON
integer in range — never ``true``, ``"100"``, ``100.0`` or a number the database cannot
hold — so that a loose type cannot become money and a huge one cannot become a 500."""

from typing import Annotated, Final

from fastapi import Path
from pydantic import Field

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
