"""Finding households and persons by a person's name, a phone number or a house number,
within the communities the reader may see. Hits carry masked data only.

Every way of finding goes through an index, so a search costs the same in a province of
a million and a half persons as in one community (decision 0050):

* a name: the start of the whole name (a given name, or a given name and the start of
  the family name), or the start of the family name;
* a phone: four digits are its last four (what a masked list shows, ``08x-xxx-5678``);
  four to ten digits beginning with 0 are its start (ten: the whole number);
* a house number: the whole number, in any community of the reader's.

A word's middle (``ชาย`` in ``สมชาย``) is not found: that needs a trigram index, which
SQLite and PostgreSQL build differently (decision 0050)."""

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, select

from thungngoen.community.masking import mask_phone
from thungngoen.community.name_parts import family_part, phone_tail
from thungngoen.community.pdpa.requests import restricted_query
from thungngoen.community.tables import communities, households, persons
from thungngoen.thai import ascii_digits

LIMIT = 50
_LAST = "\U0010ffff"
"""Above every character: ``[text, text + _LAST)`` holds the strings starting with text
(code point order: SQLite's BINARY, PostgreSQL's C and C.UTF-8 collations)."""


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


def _starting(column: ColumnElement[str], text: str, end: str = _LAST) -> ColumnElement[bool]:
    """``column`` starts with ``text``: a range an ordinary index answers."""
    return (column >= text) & (column < text + end)


def _person_ways(text: str) -> list[tuple[ColumnElement[bool], ColumnElement[str]]]:
    """Each way to find persons by ``text``: its condition and the index's order."""
    digits = re.sub(r"[\s\-]", "", ascii_digits(text))
    if re.fullmatch(r"[0-9]{4,10}", digits):
        ways = []
        if len(digits) == 4:
            tail = phone_tail(persons.c.phone)
            ways.append((tail == digits, tail))
        if digits.startswith("0"):
            ways.append((_starting(persons.c.phone, digits, ":"), persons.c.phone))
        return ways
    family = family_part(persons.c.name)
    return [(_starting(persons.c.name, text), persons.c.name), (_starting(family, text), family)]


def _within(query: Select[Any], scope: frozenset[int] | None) -> Select[Any]:
    return query if scope is None else query.where(communities.c.id.in_(scope))


def search(connection: Connection, text: str, scope: frozenset[int] | None) -> list[Hit]:
    """Up to ``LIMIT`` hits, persons by name then households by number; ``scope`` is
    ``access.people_scope`` (``None``: everywhere). Each way is its own query, read in
    its index's order and cut at ``LIMIT`` (one ``OR`` would read every match to sort).
    The order is the index's alone: with ``, id`` added PostgreSQL, which cannot
    estimate a prefix's rows, joins every match of a common given name and sorts them
    (33 ms for 4,245 people rather than 1 ms); the hits are sorted here instead."""
    text = " ".join(text.split())[:100]
    if not text or scope == frozenset():
        return []
    place = households.join(communities, communities.c.id == households.c.community_id)
    found: dict[int, Hit] = {}
    for condition, order in _person_ways(text):
        query = select(
            persons.c.id,
            persons.c.name,
            persons.c.phone,
            households.c.id.label("hid"),
            households.c.house_number,
            communities.c.id.label("cid"),
            communities.c.name.label("cname"),
        ).select_from(place.join(persons, persons.c.household_id == households.c.id))
        query = (
            _within(query.where(condition, persons.c.id.not_in(restricted_query())), scope)
            .order_by(order)
            .limit(LIMIT)
        )
        for r in connection.execute(query):
            found[r.id] = Hit(
                r.hid, r.id, r.cid, r.cname, r.house_number, r.name, mask_phone(r.phone)
            )
    hits = sorted(found.values(), key=lambda hit: (hit.name, hit.person_id or 0))[:LIMIT]
    by_number = (
        select(households.c.id, households.c.house_number, communities.c.id, communities.c.name)
        .select_from(place)
        .where(households.c.house_number == "".join(text.split()))
    )
    for row in connection.execute(_within(by_number, scope).order_by(households.c.id).limit(LIMIT)):
        hits.append(Hit(row[0], None, row[2], row[3], row[1], "", ""))
    return hits[:LIMIT]
