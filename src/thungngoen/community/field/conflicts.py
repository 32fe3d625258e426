"""Entries kept as conflicts, shown side by side with the record as the office holds it,
and resolved by the office field by field: each changed field takes the phone's value or
keeps the office's (audited). A resolved conflict stays in the register with who chose
what; the phone's entry is never applied behind anyone's back."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, update

from thungngoen import audit
from thungngoen.auth.errors import Forbidden
from thungngoen.auth.users import User
from thungngoen.community import access
from thungngoen.community.collection_tables import field_entries
from thungngoen.community.errors import CommunityError
from thungngoen.community.households import get_household, update_household
from thungngoen.community.persons import get_person, update_person
from thungngoen.community.tables import households


class UnknownFieldConflict(CommunityError):
    code = "unknown_field_conflict"


class FieldConflictResolved(CommunityError):
    """The conflict was resolved already (by someone else, or a second tap)."""

    code = "field_conflict_resolved"


@dataclass(frozen=True, slots=True)
class Side:
    field: str
    phone: Any
    office: Any


@dataclass(frozen=True, slots=True)
class Conflict:
    id: int
    key: str
    kind: str
    collector_id: int
    household_id: int
    person_id: int | None
    house_number: str
    community_id: int
    base_version: int
    office_version: int
    """The version the office holds now."""
    received_at: datetime
    sides: list[Side]
    resolution: str | None
    resolved_by: str | None


def _office(connection: Connection, row: Any) -> Any:
    if row.kind == "person":
        return get_person(connection, row.person_id)
    return get_household(connection, row.household_id)


def _conflict(connection: Connection, row: Any) -> Conflict:
    record = _office(connection, row)
    household = get_household(connection, row.household_id)
    values: dict[str, Any] = row.payload["values"]
    return Conflict(
        id=row.id,
        key=row.idempotency_key,
        kind=row.kind,
        collector_id=row.collector_id,
        household_id=row.household_id,
        person_id=row.person_id,
        house_number=household.house_number,
        community_id=household.community_id,
        base_version=row.base_version,
        office_version=record.version,
        received_at=row.received_at,
        sides=[Side(key, value, getattr(record, key)) for key, value in values.items()],
        resolution=row.resolution,
        resolved_by=row.resolved_by,
    )


def conflicts(
    connection: Connection, user: User | None, *, open_only: bool = True
) -> list[Conflict]:
    """The conflicts ``user`` sees: all for a coordinator and the auditor, those of their
    communities for a leader, their own entries for a collector; all for the shell
    (``user`` ``None``: the operator's command line)."""
    query = (
        select(field_entries)
        .join(households, households.c.id == field_entries.c.household_id)
        .where(field_entries.c.outcome == "conflict")
        .order_by(field_entries.c.id.desc())
        .limit(200)
    )
    if open_only:
        query = query.where(field_entries.c.resolution.is_(None))
    held = access.duties(connection, user)
    if user is not None and not (held.coordinator or user.role == "auditor"):
        mine = field_entries.c.collector_id == user.id
        query = query.where(mine | households.c.community_id.in_(sorted(held.leads)))
    return [_conflict(connection, row) for row in connection.execute(query)]


def get_conflict(connection: Connection, user: User, conflict_id: int) -> Conflict:
    row = connection.execute(
        select(field_entries).where(
            field_entries.c.id == conflict_id, field_entries.c.outcome == "conflict"
        )
    ).first()
    if row is None:
        raise UnknownFieldConflict(f"no conflict {conflict_id}")
    found = _conflict(connection, row)
    if found.collector_id != user.id:
        access.require_people_reader(connection, user, found.community_id)
    return found


def require_resolver(connection: Connection, user: User, community_id: int) -> None:
    """The office: a coordinator, or the leader of the household's community."""
    held = access.duties(connection, user)
    if not (held.coordinator or community_id in held.leads):
        raise Forbidden("a conflict is resolved by a coordinator or the community's leader")


def resolve_conflict(
    connection: Connection,
    user: User,
    conflict_id: int,
    *,
    take_from_phone: set[str],
    at: datetime,
) -> Conflict:
    """Apply the phone's value of each field in ``take_from_phone`` on the office's
    current version; the others keep the office's value."""
    found = get_conflict(connection, user, conflict_id)
    require_resolver(connection, user, found.community_id)
    if found.resolution is not None:
        raise FieldConflictResolved(f"conflict {conflict_id} was resolved already")
    offered = {side.field: side.phone for side in found.sides}
    unknown = sorted(take_from_phone - set(offered))
    if unknown:
        raise CommunityError(f"the entry does not change {', '.join(unknown)}", unknown[0])
    chosen = {key: offered[key] for key in sorted(take_from_phone)}
    actor = f"user:{user.id}"
    if chosen and found.kind == "person":
        update_person(connection, found.person_id or 0, expected_version=found.office_version,
                      actor=actor, at=at, **chosen)  # fmt: skip
    elif chosen:
        update_household(connection, found.household_id, expected_version=found.office_version,
                         actor=actor, at=at, **chosen)  # fmt: skip
    resolution = "office" if not chosen else "field" if len(chosen) == len(offered) else "mixed"
    connection.execute(
        update(field_entries)
        .where(field_entries.c.id == conflict_id)
        .values(resolution=resolution, resolved_by=actor, resolved_at=at)
    )
    audit.record(
        connection,
        actor=actor,
        action="community.field_conflict_resolve",
        subject_type=found.kind if found.kind == "person" else "household",
        subject_id=found.person_id if found.kind == "person" else found.household_id,
        after={"entry": conflict_id, "resolution": resolution, "from_phone": sorted(chosen)},
    )
    return get_conflict(connection, user, conflict_id)
