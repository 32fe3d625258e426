"""Municipalities and communities (ชุมชน): create, change, find, list under a node."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from thungngoen import audit
from thungngoen.community.errors import (
    DuplicatePlace,
    InvalidPlace,
    UnknownCommunity,
    UnknownMunicipality,
)
from thungngoen.community.nodes import Node, community_scope
from thungngoen.community.tables import (
    COMMUNITY_KINDS,
    MUNICIPALITY_KINDS,
    communities,
    municipalities,
    municipality_tambons,
)
from thungngoen.registry.places import UnknownPlace, tambon


@dataclass(frozen=True, slots=True)
class Municipality:
    id: int
    name: str
    kind: str
    amphoe_code: str
    tambon_codes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Community:
    id: int
    name: str
    kind: str
    tambon_code: str
    municipality_id: int | None
    leader_name: str
    latitude_e6: int | None
    longitude_e6: int | None

    @property
    def node(self) -> str:
        return f"community:{self.id}"


def _name(text: object, what: str) -> str:
    name = " ".join(text.split()) if isinstance(text, str) else ""
    if not name or len(name) > 200:
        raise InvalidPlace(f"a {what} needs a name of 1-200 characters", "name")
    return name


def create_municipality(
    connection: Connection,
    *,
    name: str,
    kind: str,
    tambon_codes: Iterable[str],
    actor: str,
    at: datetime,
) -> Municipality:
    """A municipality (เทศบาลนคร/เมือง/ตำบล) covering sub-districts of one district."""
    name = _name(name, "municipality")
    if kind not in MUNICIPALITY_KINDS:
        raise InvalidPlace(f"a municipality is one of {', '.join(MUNICIPALITY_KINDS)}", "kind")
    codes = tuple(dict.fromkeys(tambon_codes))
    if not codes:
        raise InvalidPlace("a municipality covers at least one sub-district", "tambon_codes")
    try:
        districts = {tambon(code).amphoe_code for code in codes}
    except UnknownPlace as error:
        raise InvalidPlace(error.message, "tambon_codes") from None
    if len(districts) != 1:
        raise InvalidPlace("a municipality's sub-districts lie in one district", "tambon_codes")
    if connection.execute(select(municipalities.c.id).where(municipalities.c.name == name)).first():
        raise DuplicatePlace(f"a municipality named {name!r} exists", "name")
    values = {"name": name, "kind": kind, "amphoe_code": districts.pop(), "created_at": at}
    new_id = connection.execute(
        insert(municipalities).returning(municipalities.c.id), values
    ).scalar_one()
    connection.execute(
        insert(municipality_tambons),
        [{"municipality_id": new_id, "tambon_code": code} for code in codes],
    )
    audit.record(
        connection,
        actor=actor,
        action="community.municipality_create",
        subject_type="municipality",
        subject_id=new_id,
        after={"name": name, "kind": kind, "tambon_codes": list(codes)},
    )
    return get_municipality(connection, new_id)


def get_municipality(connection: Connection, municipality_id: int) -> Municipality:
    row = connection.execute(
        select(municipalities).where(municipalities.c.id == municipality_id)
    ).first()
    if row is None:
        raise UnknownMunicipality(f"municipality {municipality_id} does not exist")
    codes = connection.execute(
        select(municipality_tambons.c.tambon_code)
        .where(municipality_tambons.c.municipality_id == municipality_id)
        .order_by(municipality_tambons.c.tambon_code)
    ).scalars()
    return Municipality(row.id, row.name, row.kind, row.amphoe_code, tuple(codes))


def list_municipalities(connection: Connection) -> list[Municipality]:
    ids = connection.execute(select(municipalities.c.id).order_by(municipalities.c.name))
    return [get_municipality(connection, found) for found in ids.scalars()]


def _checked(connection: Connection, values: dict[str, Any]) -> dict[str, Any]:
    values["name"] = _name(values["name"], "community")
    if not isinstance(values["leader_name"], str):
        raise InvalidPlace("a leader's name is text", "leader_name")
    values["leader_name"] = " ".join(values["leader_name"].split())[:200]
    if values["kind"] not in COMMUNITY_KINDS:
        raise InvalidPlace(f"a community is one of {', '.join(COMMUNITY_KINDS)}", "kind")
    try:
        tambon(values["tambon_code"])
    except UnknownPlace as error:
        raise InvalidPlace(error.message, "tambon_code") from None
    town_id = values["municipality_id"]
    if (
        town_id is not None
        and values["tambon_code"] not in get_municipality(connection, town_id).tambon_codes
    ):
        raise InvalidPlace("the municipality does not cover that sub-district", "municipality_id")
    lat, lon = values["latitude_e6"], values["longitude_e6"]
    if (lat is None) != (lon is None):
        raise InvalidPlace("a point needs both latitude and longitude", "latitude_e6")
    if lat is not None and not (5_000_000 <= lat <= 8_000_000 and 99_500_000 <= lon <= 101_500_000):
        raise InvalidPlace("the point is not in Songkhla", "latitude_e6")
    taken = select(communities.c.id).where(
        communities.c.tambon_code == values["tambon_code"], communities.c.name == values["name"]
    )
    found = connection.execute(taken).scalar()
    if found is not None and found != values.get("id"):
        raise DuplicatePlace("a community of that name exists in the sub-district", "name")
    return values


def create_community(
    connection: Connection,
    *,
    name: str,
    kind: str,
    tambon_code: str,
    leader_name: str = "",
    municipality_id: int | None = None,
    latitude_e6: int | None = None,
    longitude_e6: int | None = None,
    actor: str,
    at: datetime,
) -> Community:
    """A community; a point is micro-degrees (7.198000° → 7_198_000)."""
    values = _checked(connection, {k: v for k, v in locals().items() if k in Community.__slots__})
    values |= {"created_at": at, "updated_at": at}
    new_id = connection.execute(insert(communities).returning(communities.c.id), values)
    community_id = new_id.scalar_one()
    audit.record(
        connection,
        actor=actor,
        action="community.create",
        subject_type="community",
        subject_id=community_id,
        after={"name": values["name"], "kind": kind, "tambon_code": tambon_code},
    )
    return get_community(connection, community_id)


def update_community(
    connection: Connection, community_id: int, *, actor: str, at: datetime, **changes: Any
) -> Community:
    """Change a community's name, type, leader, municipality or point."""
    before = get_community(connection, community_id)
    allowed = set(Community.__slots__) - {"id", "tambon_code"}
    if set(changes) - allowed:
        raise InvalidPlace(f"a community's {', '.join(sorted(set(changes) - allowed))} is fixed")
    values = _checked(
        connection, {slot: getattr(before, slot) for slot in Community.__slots__} | changes
    )
    values.pop("id")
    connection.execute(
        update(communities).where(communities.c.id == community_id).values(**values, updated_at=at)
    )
    audit.record(
        connection,
        actor=actor,
        action="community.update",
        subject_type="community",
        subject_id=community_id,
        before={key: getattr(before, key) for key in changes},
        after=changes,
    )
    return get_community(connection, community_id)


def get_community(connection: Connection, community_id: int) -> Community:
    row = connection.execute(select(communities).where(communities.c.id == community_id)).first()
    if row is None:
        raise UnknownCommunity(f"community {community_id} does not exist", "community_id")
    return Community(**{slot: row._mapping[slot] for slot in Community.__slots__})


def list_communities(connection: Connection, node: Node) -> list[Community]:
    """The communities under ``node``, by name."""
    query = select(communities).where(community_scope(connection, node))
    rows = connection.execute(query.order_by(communities.c.name, communities.c.id))
    return [Community(**{slot: row._mapping[slot] for slot in Community.__slots__}) for row in rows]
