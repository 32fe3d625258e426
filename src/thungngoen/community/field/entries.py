"""Entries from collectors' phones, each received exactly once.

A phone makes an idempotency key (a UUID) for every entry and sends its queue whenever it
has a connection, so the same entry may arrive twice (an answer lost on the way). The
first arrival is applied, kept as a conflict or refused, and its outcome stored under the
key; every later arrival with that key gets the stored outcome and writes nothing again.

An entry names the version of the record it was made on. When the office (or another
phone) changed the record since, the entry is **kept, not applied** (``conflict``) and
shown to the collector and the office, who chooses field by field (``conflicts``)."""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from thungngoen.auth.errors import Forbidden
from thungngoen.auth.users import User
from thungngoen.community import access
from thungngoen.community.collection_tables import field_entries
from thungngoen.community.errors import (
    CommunityError,
    InvalidHousehold,
    InvalidPerson,
    VersionConflict,
)
from thungngoen.community.households import get_household, update_household
from thungngoen.community.person_values import Basis
from thungngoen.community.persons import add_person, get_person, update_person
from thungngoen.errors import DomainError

HOUSEHOLD_FIELDS = ("tenure", "income_month", "debts", "wish_to_relocate")
PERSON_FIELDS = ("occupation", "education", "elderly_alone", "child_out_of_school", "bedridden")
"""What a phone may change: the household's situation and a person's vulnerability."""


@dataclass(frozen=True, slots=True)
class Entry:
    key: str
    kind: str
    made_at: datetime
    household_id: int | None = None
    person_id: int | None = None
    base_version: int | None = None
    values: dict[str, Any] = field(default_factory=dict)
    """The fields changed (``household``, ``person``) or the new person's fields."""
    basis: Basis | None = None
    """A new person's lawful basis."""


@dataclass(frozen=True, slots=True)
class Outcome:
    key: str
    kind: str
    outcome: str
    """``applied``, ``conflict`` or ``refused``."""
    reason: str
    """The rejection code (``community_version_conflict`` for a conflict), else ``""``."""
    message: str
    household_id: int | None
    person_id: int | None
    version: int | None
    """Applied: the record's new version; conflict: the version the office holds."""
    entry_id: int
    replay: bool = False
    resolution: str | None = None


def _payload(entry: Entry) -> dict[str, Any]:
    values = {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in entry.values.items()}
    payload: dict[str, Any] = {"values": values}
    if entry.basis is not None:
        basis = entry.basis
        payload["basis"] = {
            "kind": basis.kind,
            "purpose": basis.purpose,
            "notice_version": basis.notice_version,
            "reason": basis.reason,
            "sensitive_consent": basis.sensitive_consent,
        }
    return payload


def _only(values: dict[str, Any], allowed: tuple[str, ...], what: str) -> None:
    unknown = sorted(set(values) - set(allowed))
    if unknown:
        error = InvalidHousehold if what == "household" else InvalidPerson
        raise error(f"a phone does not change {', '.join(unknown)}", unknown[0])
    if not values:
        error = InvalidHousehold if what == "household" else InvalidPerson
        raise error("the entry changes nothing", what)


def _apply(
    connection: Connection, user: User, entry: Entry, actor: str, at: datetime
) -> tuple[int, int, int]:
    """(household, person or 0, new version); raises the refusal or ``VersionConflict``."""
    if entry.kind == "household":
        household_id = entry.household_id or 0
        access.require_household_writer(connection, user, household_id)
        _only(entry.values, HOUSEHOLD_FIELDS, "household")
        done = update_household(
            connection, household_id, expected_version=entry.base_version or 0,
            actor=actor, at=at, **entry.values,
        )  # fmt: skip
        return done.id, 0, done.version
    if entry.kind == "person":
        person = access.require_person_writer(connection, user, entry.person_id or 0)
        _only(entry.values, PERSON_FIELDS, "person")
        changed = update_person(
            connection, person.id, expected_version=entry.base_version or 0,
            actor=actor, at=at, **entry.values,
        )  # fmt: skip
        return person.household_id, changed.id, changed.version
    household_id = entry.household_id or 0
    access.require_household_writer(connection, user, household_id)
    basis = entry.basis or Basis("")
    added = add_person(connection, household_id, basis=basis, actor=actor, at=at, **entry.values)
    return household_id, added.id, added.version


def _current_version(connection: Connection, entry: Entry) -> int:
    if entry.kind == "person":
        return get_person(connection, entry.person_id or 0).version
    return get_household(connection, entry.household_id or 0).version


def _stored(connection: Connection, key: str, collector_id: int) -> Outcome | None:
    row = connection.execute(
        select(field_entries).where(field_entries.c.idempotency_key == key)
    ).first()
    if row is None:
        return None
    if row.collector_id != collector_id:  # a key is its phone's: say so, show nothing
        taken = "this entry key was sent by another login"
        return Outcome(key, row.kind, "refused", "forbidden", taken, None, None, None, 0, True)
    return outcome_of(row._mapping, replay=True)


def outcome_of(row: Any, *, replay: bool = False) -> Outcome:
    return Outcome(
        key=row["idempotency_key"],
        kind=row["kind"],
        outcome=row["outcome"],
        reason=row["reason"],
        message=row["message"],
        household_id=row["household_id"],
        person_id=row["person_id"],
        version=row["version"],
        entry_id=row["id"],
        replay=replay,
        resolution=row["resolution"],
    )


def receive_entry(connection: Connection, user: User, entry: Entry, *, at: datetime) -> Outcome:
    """Apply ``entry`` once: a key seen before returns its first outcome (for its own
    collector; another login's key is refused) and writes nothing."""
    stored = _stored(connection, entry.key, user.id)
    if stored is not None:
        return stored
    actor = f"user:{user.id}"
    household_id, person_id, version = entry.household_id, entry.person_id, None
    outcome, reason, message = "applied", "", ""
    savepoint = connection.begin_nested()
    try:
        household_id, new_person, version = _apply(connection, user, entry, actor, at)
        person_id = new_person or person_id
        savepoint.commit()
    except VersionConflict as conflict:
        savepoint.rollback()
        outcome, reason, message = "conflict", conflict.code, str(conflict)
        version = _current_version(connection, entry)
        if entry.kind == "person":
            household_id = get_person(connection, entry.person_id or 0).household_id
    except (CommunityError, Forbidden, DomainError) as refusal:
        savepoint.rollback()
        outcome, reason, message = "refused", refusal.code, str(refusal)[:300]
        household_id = person_id = None  # the entry may name what does not exist
    row = {
        "idempotency_key": entry.key,
        "collector_id": user.id,
        "kind": entry.kind,
        "household_id": household_id,
        "person_id": person_id,
        "payload": _payload(entry),
        "base_version": entry.base_version,
        "made_at": entry.made_at,
        "received_at": at,
        "outcome": outcome,
        "reason": reason,
        "message": message,
        "version": version,
    }
    row_id = connection.execute(
        insert(field_entries).returning(field_entries.c.id), row
    ).scalar_one()
    return outcome_of(row | {"id": row_id, "resolution": None})


def receive_entries(
    connection: Connection, user: User, entries: list[Entry], *, at: datetime
) -> list[Outcome]:
    """A phone's queue, in the order it was made: each entry on its own."""
    return [receive_entry(connection, user, entry, at=at) for entry in entries]
