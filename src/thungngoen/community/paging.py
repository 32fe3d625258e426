"""A community's households a page at a time: a profile at a province's size lists up to
``PAGE`` of its (several hundred) households, not all of them (decision 0050)."""

from dataclasses import dataclass

from sqlalchemy import Connection, select

from thungngoen.community.households import Household
from thungngoen.community.tables import households

PAGE = 100


@dataclass(frozen=True, slots=True)
class HouseholdsPage:
    households: list[Household]
    start: int
    """How many households come before this page."""
    total: int

    @property
    def previous(self) -> int | None:
        return max(0, self.start - PAGE) if self.start > 0 else None

    @property
    def next(self) -> int | None:
        return self.start + PAGE if self.start + PAGE < self.total else None


def households_page(
    connection: Connection, community_id: int, start: int, total: int
) -> HouseholdsPage:
    """The households from ``start`` (by house number), ``PAGE`` of them; ``total`` is
    the community's count (the profile has it already)."""
    start = max(0, min(start, total))
    query = (
        select(households)
        .where(households.c.community_id == community_id)
        .order_by(households.c.house_number, households.c.id)
        .limit(PAGE)
        .offset(start)
    )
    found = [
        Household(**{slot: row._mapping[slot] for slot in Household.__slots__})
        for row in connection.execute(query)
    ]
    return HouseholdsPage(found, start, total)
