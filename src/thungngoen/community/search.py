"""Finding households and persons by a person's name, a phone number or a house number,
within the communities the reader may see. Hits carry masked data only."""

import re
from dataclasses import dataclass

from sqlalchemy import Connection, or_, select

from thungngoen.community.masking import mask_phone
from thungngoen.community.pdpa.requests import restricted_query
from thungngoen.community.tables import communities, households, persons
from thungngoen.thai import ascii_digits

LIMIT = 50


@dataclass(frozen=True, slots=True)
class Hit:
    household_id: int
    person_id: int | None
    community_id: int
    community: str
    house_number: str
    name: str
    """The person's name; empty for a household found by its number."""
    phone: str
    """Masked."""


def search(connection: Connection, text: str, scope: frozenset[int] | None) -> list[Hit]:
    """Up to ``LIMIT`` hits; ``scope`` is ``access.people_scope`` (``None``: everywhere)."""
    text = " ".join(text.split())[:100]
    if not text or scope == frozenset():
        return []
    digits = re.sub(r"[\s\-]", "", ascii_digits(text))
    place = households.join(communities, communities.c.id == households.c.community_id)
    conditions = [persons.c.name.contains(text, autoescape=True)]
    if re.fullmatch(r"0[0-9]{3,9}", digits):
        conditions.append(persons.c.phone.startswith(digits, autoescape=True))
    query = (
        select(
            persons.c.id,
            persons.c.name,
            persons.c.phone,
            households.c.id.label("hid"),
            households.c.house_number,
            communities.c.id.label("cid"),
            communities.c.name.label("cname"),
        )
        .select_from(place.join(persons, persons.c.household_id == households.c.id))
        .where(or_(*conditions), persons.c.id.not_in(restricted_query()))
    )
    by_number = (
        select(households.c.id, households.c.house_number, communities.c.id, communities.c.name)
        .select_from(place)
        .where(households.c.house_number == "".join(text.split()))
    )
    if scope is not None:
        query = query.where(communities.c.id.in_(scope))
        by_number = by_number.where(communities.c.id.in_(scope))
    hits = [
        Hit(r.hid, r.id, r.cid, r.cname, r.house_number, r.name, mask_phone(r.phone))
        for r in connection.execute(query.order_by(persons.c.name, persons.c.id).limit(LIMIT))
    ]
    for row in connection.execute(by_number.order_by(households.c.id).limit(LIMIT)):
        hits.append(Hit(row[0], None, row[2], row[3], row[1], "", ""))
    return hits[:LIMIT]
