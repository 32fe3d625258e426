"""The network's organisations: name, sector, the three dimensions they work on, the
places they cover (nodes of the tree) and a contact. Savings groups are not copied here:
a community links to its groups by id and ``savings_groups_of`` reads them from the
savings area."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from thungngoen import audit, savings
from thungngoen.community.errors import InvalidOrganisation, UnknownOrganisation
from thungngoen.community.nodes import Node, node_path, parse_node
from thungngoen.community.places import get_community
from thungngoen.community.tables import (
    DIMENSIONS,
    SECTORS,
    organisation_places,
    organisations,
    savings_links,
)
from thungngoen.thai import InvalidIdentifier, normalize_phone

FIELDS = ("name_th", "name_en", "sector", "contact_name", "contact_phone", "contact_email")


@dataclass(frozen=True, slots=True)
class Organisation:
    id: int
    name_th: str
    name_en: str
    sector: str
    dimensions: frozenset[str]
    places: tuple[str, ...]
    contact_name: str
    contact_phone: str
    contact_email: str


def _checked(connection: Connection, values: dict[str, Any]) -> dict[str, Any]:
    for key in ("name_th", "name_en", "contact_name", "contact_email"):
        if not isinstance(values[key], str):
            raise InvalidOrganisation(f"{key} is text", key)
        values[key] = " ".join(values[key].split())
    if not values["name_th"] or len(values["name_th"]) > 200 or len(values["name_en"]) > 200:
        raise InvalidOrganisation(
            "an organisation needs a Thai name of 1-200 characters", "name_th"
        )
    if values["sector"] not in SECTORS:
        raise InvalidOrganisation(f"a sector is one of {', '.join(SECTORS)}", "sector")
    if set(values["dimensions"]) - set(DIMENSIONS):
        raise InvalidOrganisation(f"the dimensions are {', '.join(DIMENSIONS)}", "dimensions")
    if values["contact_phone"]:
        try:
            values["contact_phone"] = normalize_phone(values["contact_phone"])
        except InvalidIdentifier:
            raise InvalidOrganisation("not a Thai phone number", "contact_phone") from None
    email = values["contact_email"]
    if email and ("@" not in email or len(email) > 200):
        raise InvalidOrganisation("not an e-mail address", "contact_email")
    places = [str(parse_node(text)) for text in values["places"]]
    for place in places:
        node_path(connection, parse_node(place))  # the row exists
    values["places"] = tuple(dict.fromkeys(places))
    return values


def _row_values(values: dict[str, Any]) -> dict[str, Any]:
    row = {key: values[key] for key in FIELDS}
    return row | {dimension: dimension in values["dimensions"] for dimension in DIMENSIONS}


def _set_places(connection: Connection, organisation_id: int, places: tuple[str, ...]) -> None:
    connection.execute(
        delete(organisation_places).where(organisation_places.c.organisation_id == organisation_id)
    )
    if places:
        rows = [{"organisation_id": organisation_id, "node": node} for node in places]
        connection.execute(insert(organisation_places), rows)


def create_organisation(
    connection: Connection,
    *,
    name_th: str,
    name_en: str,
    sector: str,
    dimensions: Iterable[str] = (),
    places: Iterable[str] = (),
    contact_name: str = "",
    contact_phone: str = "",
    contact_email: str = "",
    actor: str,
    at: datetime,
) -> Organisation:
    values = _checked(
        connection,
        {key: value for key, value in locals().items() if key in Organisation.__slots__},
    )
    if connection.execute(
        select(organisations.c.id).where(organisations.c.name_th == values["name_th"])
    ).first():
        raise InvalidOrganisation("an organisation of that name exists", "name_th")
    row = _row_values(values) | {"created_at": at, "updated_at": at}
    new_id = connection.execute(insert(organisations).returning(organisations.c.id), row)
    organisation_id = new_id.scalar_one()
    _set_places(connection, organisation_id, values["places"])
    audit.record(
        connection,
        actor=actor,
        action="community.organisation_create",
        subject_type="organisation",
        subject_id=organisation_id,
        after={"name": values["name_th"], "sector": sector},
    )
    return get_organisation(connection, organisation_id)


def update_organisation(
    connection: Connection, organisation_id: int, *, actor: str, at: datetime, **changes: Any
) -> Organisation:
    before = get_organisation(connection, organisation_id)
    fixed = set(changes) - (set(Organisation.__slots__) - {"id"})
    if fixed:
        raise InvalidOrganisation(f"no such field: {', '.join(sorted(fixed))}")
    current = {slot: getattr(before, slot) for slot in Organisation.__slots__}
    values = _checked(connection, current | changes)
    connection.execute(
        update(organisations)
        .where(organisations.c.id == organisation_id)
        .values(**_row_values(values), updated_at=at)
    )
    _set_places(connection, organisation_id, values["places"])
    audit.record(
        connection,
        actor=actor,
        action="community.organisation_update",
        subject_type="organisation",
        subject_id=organisation_id,
        after={"name": values["name_th"], "changed": sorted(changes)},
    )
    return get_organisation(connection, organisation_id)


def _places_of(connection: Connection, ids: list[int]) -> dict[int, list[str]]:
    """The places each organisation covers, for all of ``ids`` in one query."""
    found: dict[int, list[str]] = {organisation_id: [] for organisation_id in ids}
    query = select(organisation_places).where(organisation_places.c.organisation_id.in_(ids))
    for row in connection.execute(query.order_by(organisation_places.c.node)):
        found[row.organisation_id].append(row.node)
    return found


def _organisation(row: Any, places: list[str]) -> Organisation:
    mapping = row._mapping
    return Organisation(
        id=row.id,
        **{key: mapping[key] for key in FIELDS},
        dimensions=frozenset(d for d in DIMENSIONS if mapping[d]),
        places=tuple(places),
    )


def get_organisation(connection: Connection, organisation_id: int) -> Organisation:
    row = connection.execute(
        select(organisations).where(organisations.c.id == organisation_id)
    ).first()
    if row is None:
        raise UnknownOrganisation(f"organisation {organisation_id} does not exist")
    return _organisation(row, _places_of(connection, [row.id])[row.id])


def list_organisations(
    connection: Connection, *, node: Node | None = None, sector: str | None = None
) -> list[Organisation]:
    """All organisations (by Thai name), or those of a sector and those covering a place
    on ``node``'s path (an organisation covering Bo Yang covers each of its communities)."""
    query = select(organisations).order_by(organisations.c.name_th)
    if sector is not None:
        query = query.where(organisations.c.sector == sector)
    if node is not None:
        path = [step.node for step in node_path(connection, node)]
        covering = select(organisation_places.c.organisation_id).where(
            organisation_places.c.node.in_(path)
        )
        query = query.where(organisations.c.id.in_(covering))
    rows = connection.execute(query).all()
    places = _places_of(connection, [row.id for row in rows])  # one query, not one each
    return [_organisation(row, places[row.id]) for row in rows]


def link_savings_group(
    connection: Connection, community_id: int, savings_group_id: int, *, actor: str
) -> None:
    """The community's savings group, read from the savings area (never copied)."""
    get_community(connection, community_id)
    savings.get_group(connection, savings_group_id)
    linked = select(savings_links).where(
        savings_links.c.community_id == community_id,
        savings_links.c.savings_group_id == savings_group_id,
    )
    if connection.execute(linked).first():
        return
    connection.execute(
        insert(savings_links),
        {"community_id": community_id, "savings_group_id": savings_group_id},
    )
    audit.record(
        connection,
        actor=actor,
        action="community.savings_link",
        subject_type="community",
        subject_id=community_id,
        after={"savings_group_id": savings_group_id},
    )


def savings_groups_of(connection: Connection, community_id: int) -> list[savings.Group]:
    ids = connection.execute(
        select(savings_links.c.savings_group_id)
        .where(savings_links.c.community_id == community_id)
        .order_by(savings_links.c.savings_group_id)
    ).scalars()
    return [savings.get_group(connection, group_id) for group_id in ids]
