"""Duties a login holds in the network's data, granted and ended by the operator or a
network coordinator (audited). ``access`` reads them to answer every read and write."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, insert, select, update

from thungngoen import audit
from thungngoen.auth.tables import users
from thungngoen.community.errors import InvalidDuty, UnknownDuty
from thungngoen.community.organisations import get_organisation
from thungngoen.community.places import get_community
from thungngoen.community.tables import DUTIES, duties


@dataclass(frozen=True, slots=True)
class Duty:
    id: int
    user_id: int
    duty: str
    organisation_id: int | None
    community_id: int | None
    granted_by: str
    granted_at: datetime


@dataclass(frozen=True, slots=True)
class Duties:
    """What one login may do, summed over its current duties."""

    coordinator: bool = False
    organisations: frozenset[int] = frozenset()
    """Organisations it edits."""
    collects: frozenset[int] = frozenset()
    """Communities it is assigned to collect in."""
    leads: frozenset[int] = frozenset()

    @property
    def communities(self) -> frozenset[int]:
        """Communities whose households and persons it reads and writes."""
        return self.collects | self.leads

    @property
    def any(self) -> bool:
        return self.coordinator or bool(self.organisations or self.communities)


def grant_duty(
    connection: Connection,
    *,
    user_id: int,
    duty: str,
    organisation_id: int | None = None,
    community_id: int | None = None,
    actor: str,
    at: datetime,
) -> Duty:
    """A coordinator holds no place; an editor names an organisation; a collector or a
    leader a community. Granting a duty held already returns it unchanged."""
    if duty not in DUTIES:
        raise InvalidDuty(f"a duty is one of {', '.join(DUTIES)}", "duty")
    role = connection.execute(select(users.c.role).where(users.c.id == user_id)).scalar()
    if role is None:
        raise InvalidDuty(f"login {user_id} does not exist", "user_id")
    if role == "auditor":
        raise InvalidDuty("an auditor reads and changes nothing: no duty", "user_id")
    if (duty == "editor") != (organisation_id is not None):
        raise InvalidDuty("an organisation editor, and only they, name an organisation", "duty")
    if (duty in ("collector", "leader")) != (community_id is not None):
        raise InvalidDuty("a collector or a leader, and only they, name a community", "duty")
    if organisation_id is not None:
        get_organisation(connection, organisation_id)
    if community_id is not None:
        get_community(connection, community_id)
    held = select(duties).where(
        duties.c.user_id == user_id,
        duties.c.duty == duty,
        duties.c.organisation_id.is_(None)
        if organisation_id is None
        else duties.c.organisation_id == organisation_id,
        duties.c.community_id.is_(None)
        if community_id is None
        else duties.c.community_id == community_id,
        duties.c.ended_at.is_(None),
    )
    found = connection.execute(held).first()
    if found is not None:
        return _duty(found)
    values = {
        "user_id": user_id,
        "duty": duty,
        "organisation_id": organisation_id,
        "community_id": community_id,
        "granted_by": actor,
        "granted_at": at,
    }
    duty_id = connection.execute(insert(duties).returning(duties.c.id), values).scalar_one()
    audit.record(
        connection,
        actor=actor,
        action="community.duty_grant",
        subject_type="user",
        subject_id=user_id,
        after={"duty": duty, "organisation_id": organisation_id, "community_id": community_id},
    )
    return get_duty(connection, duty_id)


def end_duty(connection: Connection, duty_id: int, *, actor: str, at: datetime) -> None:
    held = get_duty(connection, duty_id)
    ended = connection.execute(
        update(duties)
        .where(duties.c.id == duty_id, duties.c.ended_at.is_(None))
        .values(ended_at=at)
    )
    if ended.rowcount:
        audit.record(
            connection,
            actor=actor,
            action="community.duty_end",
            subject_type="user",
            subject_id=held.user_id,
            before={"duty": held.duty, "community_id": held.community_id},
        )


def _duty(row: object) -> Duty:
    mapping = row._mapping  # type: ignore[attr-defined]
    return Duty(**{slot: mapping[slot] for slot in Duty.__slots__})


def get_duty(connection: Connection, duty_id: int) -> Duty:
    row = connection.execute(select(duties).where(duties.c.id == duty_id)).first()
    if row is None:
        raise UnknownDuty(f"duty {duty_id} does not exist")
    return _duty(row)


def list_duties(connection: Connection, user_id: int | None = None) -> list[Duty]:
    """Current duties (of one login, or of everyone), oldest first."""
    query = select(duties).where(duties.c.ended_at.is_(None)).order_by(duties.c.id)
    if user_id is not None:
        query = query.where(duties.c.user_id == user_id)
    return [_duty(row) for row in connection.execute(query)]


def duties_of(connection: Connection, user_id: int) -> Duties:
    held = list_duties(connection, user_id)

    def ids(kind: str, attribute: str) -> frozenset[int]:
        return frozenset(getattr(d, attribute) for d in held if d.duty == kind)

    return Duties(
        coordinator=any(d.duty == "coordinator" for d in held),
        organisations=ids("editor", "organisation_id"),
        collects=ids("collector", "community_id"),
        leads=ids("leader", "community_id"),
    )
