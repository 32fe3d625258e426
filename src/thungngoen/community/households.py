"""Households: create, change (optimistic concurrency on ``version``), find, list.

Every change names the ``version`` it was made on; a household changed since (an edit at
the office, a phone that was offline) is refused with ``VersionConflict`` and the caller
shows both. The survey rounds add each round's record on top of these rows."""

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from thungngoen import audit
from thungngoen.community.errors import InvalidHousehold, UnknownHousehold, VersionConflict
from thungngoen.community.places import get_community
from thungngoen.community.tables import TENURES, households

MAX_MONEY = 10**13
"""Satang: a hundred billion baht, far past any household, below any overflow."""
FIELDS = (
    "house_number",
    "address",
    "house_registration_no",
    "tenure",
    "income_month",
    "debts",
    "wish_to_relocate",
)


@dataclass(frozen=True, slots=True)
class Household:
    id: int
    community_id: int
    house_number: str
    address: str
    house_registration_no: str | None
    tenure: str
    income_month: int
    """Satang a month."""
    debts: int
    """Satang owed in all."""
    wish_to_relocate: bool
    version: int
    created_at: datetime
    updated_at: datetime

    @property
    def node(self) -> str:
        return f"household:{self.id}"


def _checked(values: dict[str, Any]) -> dict[str, Any]:
    for key in ("house_number", "address"):
        if not isinstance(values[key], str):
            raise InvalidHousehold(f"{key} is text", key)
    values["house_number"] = "".join(values["house_number"].split())
    if not re.fullmatch(r"[0-9][0-9/\-ก-ฮA-Za-z]{0,19}", values["house_number"]):
        raise InvalidHousehold("a house number is like 12 or 12/3 (up to 20)", "house_number")
    values["address"] = " ".join(values["address"].split())
    if len(values["address"]) > 300:
        raise InvalidHousehold("an address has at most 300 characters", "address")
    registration = values["house_registration_no"]
    if registration is not None:
        registration = re.sub(r"[\s\-]", "", registration) or None
        if registration is not None and not re.fullmatch(r"[0-9]{11}", registration):
            raise InvalidHousehold(
                "a house registration number has 11 digits", "house_registration_no"
            )
        values["house_registration_no"] = registration
    if values["tenure"] not in TENURES:
        raise InvalidHousehold(f"tenure is one of {', '.join(TENURES)}", "tenure")
    for key in ("income_month", "debts"):
        amount = values[key]
        if not isinstance(amount, int) or isinstance(amount, bool) or not 0 <= amount < MAX_MONEY:
            raise InvalidHousehold(f"{key} is whole satang, 0 or more", key)
    if not isinstance(values["wish_to_relocate"], bool):
        raise InvalidHousehold("the wish to relocate is yes or no", "wish_to_relocate")
    return values


def create_household(
    connection: Connection,
    *,
    community_id: int,
    house_number: str,
    tenure: str,
    address: str = "",
    house_registration_no: str | None = None,
    income_month: int = 0,
    debts: int = 0,
    wish_to_relocate: bool = False,
    actor: str,
    at: datetime,
) -> Household:
    get_community(connection, community_id)
    values = _checked({key: value for key, value in locals().items() if key in FIELDS})
    row = values | {
        "community_id": community_id,
        "version": 1,
        "created_by": actor,
        "created_at": at,
        "updated_at": at,
    }
    household_id = connection.execute(
        insert(households).returning(households.c.id), row
    ).scalar_one()
    audit.record(
        connection,
        actor=actor,
        action="community.household_create",
        subject_type="household",
        subject_id=household_id,
        after={"community_id": community_id},
    )
    return get_household(connection, household_id)


def update_household(
    connection: Connection,
    household_id: int,
    *,
    expected_version: int,
    actor: str,
    at: datetime,
    **changes: Any,
) -> Household:
    """Change fields of ``FIELDS``; the household stays in its community."""
    before = get_household(connection, household_id)
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise InvalidHousehold(f"not a household field: {', '.join(sorted(unknown))}")
    values = _checked({key: getattr(before, key) for key in FIELDS} | changes)
    done = connection.execute(
        update(households)
        .where(households.c.id == household_id, households.c.version == expected_version)
        .values(**values, version=households.c.version + 1, updated_at=at)
    )
    if done.rowcount != 1:
        raise VersionConflict(
            f"household {household_id} is at version {before.version}, not {expected_version}"
        )
    audit.record(
        connection,
        actor=actor,
        action="community.household_update",
        subject_type="household",
        subject_id=household_id,
        after={"changed": sorted(changes), "version": expected_version + 1},
    )
    return get_household(connection, household_id)


def get_household(connection: Connection, household_id: int) -> Household:
    row = connection.execute(select(households).where(households.c.id == household_id)).first()
    if row is None:
        raise UnknownHousehold(f"household {household_id} does not exist", "household_id")
    return Household(**{slot: row._mapping[slot] for slot in Household.__slots__})


def list_households(connection: Connection, community_id: int) -> list[Household]:
    query = select(households).where(households.c.community_id == community_id)
    rows = connection.execute(query.order_by(households.c.house_number, households.c.id))
    return [Household(**{slot: row._mapping[slot] for slot in Household.__slots__}) for row in rows]
