"""Persons of a household: add with their lawful basis, change (optimistic concurrency on
``version``), find. A national ID is kept as its keyed digest and last four digits only;
health and disability fields only while the person's explicit consent is in force.

Reading a person's detail for a page, the API or an export goes through
``reads.read_person``, which logs the read; ``get_person`` is for operations."""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from thungngoen import audit
from thungngoen.community.consent import active_kinds, insert_consent
from thungngoen.community.errors import (
    DuplicatePerson,
    InvalidPerson,
    MissingLawfulBasis,
    PersonErased,
    SensitiveConsentRequired,
    UnknownPerson,
    VersionConflict,
)
from thungngoen.community.households import get_household
from thungngoen.community.person_values import (
    ERASED,
    FIELDS,
    SENSITIVE,
    Basis,
    checked_national_id,
    checked_person,
    national_id_digest,
)
from thungngoen.community.tables import persons


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    household_id: int
    name: str
    birth_date: date
    sex: str
    relation: str
    national_id_last4: str | None
    phone: str | None
    occupation: str
    education: str
    chronic_illness: bool | None
    disability: bool | None
    bedridden: bool | None
    elderly_alone: bool
    child_out_of_school: bool
    wallet_member_id: int | None
    savings_member_id: int | None
    lawful_basis: str
    basis_reason: str
    version: int
    created_at: datetime
    updated_at: datetime

    @property
    def node(self) -> str:
        return f"person:{self.id}"


def _refuse_sensitive(values: dict[str, Any], consented: bool) -> None:
    given = [key for key in SENSITIVE if values[key] is not None]
    if given and not consented:
        raise SensitiveConsentRequired(
            "health and disability data need the person's explicit consent (PDPA s.26)",
            given[0],
        )


def _national_id(connection: Connection, text: str | None, person_id: int | None) -> dict[str, Any]:
    if not text:
        return {}
    digits = checked_national_id(text)
    digest = national_id_digest(connection, digits)
    holder = connection.execute(
        select(persons.c.id).where(persons.c.national_id_digest == digest)
    ).scalar()
    if holder is not None and holder != person_id:
        raise DuplicatePerson("this national ID is recorded for another person", "national_id")
    return {"national_id_digest": digest, "national_id_last4": digits[-4:]}


def add_person(
    connection: Connection,
    household_id: int,
    *,
    name: str,
    birth_date: date,
    sex: str,
    relation: str,
    basis: Basis,
    national_id: str | None = None,
    phone: str | None = None,
    occupation: str = "",
    education: str = "unknown",
    chronic_illness: bool | None = None,
    disability: bool | None = None,
    bedridden: bool | None = None,
    elderly_alone: bool = False,
    child_out_of_school: bool = False,
    wallet_member_id: int | None = None,
    savings_member_id: int | None = None,
    actor: str,
    at: datetime,
) -> Person:
    """A person with the lawful basis of the record; consents are stored with who took
    them and when (``actor``, ``at``)."""
    given = locals()
    get_household(connection, household_id)
    basis = basis.checked()
    values = checked_person(connection, {key: given[key] for key in FIELDS}, at)
    _refuse_sensitive(values, basis.sensitive_consent)
    row = values | _national_id(connection, national_id, None)
    row |= {
        "household_id": household_id,
        "lawful_basis": basis.kind,
        "basis_reason": basis.reason,
        "version": 1,
        "created_at": at,
        "updated_at": at,
    }
    person_id = connection.execute(insert(persons).returning(persons.c.id), row).scalar_one()
    told = {"purpose": basis.purpose, "notice_version": basis.notice_version}
    if basis.kind == "consent":
        insert_consent(connection, person_id, kind="general", **told, actor=actor, at=at)
    if basis.sensitive_consent:
        insert_consent(connection, person_id, kind="sensitive", **told, actor=actor, at=at)
    audit.record(
        connection,
        actor=actor,
        action="community.person_create",
        subject_type="person",
        subject_id=person_id,
        after={"household_id": household_id, "lawful_basis": basis.kind},
    )
    return get_person(connection, person_id)


def update_person(
    connection: Connection,
    person_id: int,
    *,
    expected_version: int,
    actor: str,
    at: datetime,
    **changes: Any,
) -> Person:
    """Change fields of ``FIELDS`` or the ``national_id``; refused while the record's
    consent is withdrawn and no other basis is recorded."""
    before = get_person(connection, person_id)
    unknown = set(changes) - {*FIELDS, "national_id"}
    if unknown:
        raise InvalidPerson(f"not a person field: {', '.join(sorted(unknown))}")
    if before.name.startswith(ERASED):
        raise PersonErased(f"person {person_id} was erased on request", "person_id")
    in_force = active_kinds(connection, person_id)
    if before.lawful_basis == "consent" and "general" not in in_force:
        raise MissingLawfulBasis("the person withdrew consent: record a basis first", "basis")
    national_id = changes.pop("national_id", None)
    current = {key: getattr(before, key) for key in FIELDS}
    values = checked_person(connection, current | changes, at)
    if any(changes.get(key) is not None for key in SENSITIVE):
        _refuse_sensitive(values, "sensitive" in in_force)
    values |= _national_id(connection, national_id, person_id)
    done = connection.execute(
        update(persons)
        .where(persons.c.id == person_id, persons.c.version == expected_version)
        .values(**values, version=persons.c.version + 1, updated_at=at)
    )
    if done.rowcount != 1:
        raise VersionConflict(
            f"person {person_id} is at version {before.version}, not {expected_version}"
        )
    audit.record(
        connection,
        actor=actor,
        action="community.person_update",
        subject_type="person",
        subject_id=person_id,
        after={"changed": sorted([*changes, *(["national_id"] if national_id else [])])},
    )
    return get_person(connection, person_id)


def _person(row: Any) -> Person:
    return Person(**{slot: row._mapping[slot] for slot in Person.__slots__})


def get_person(connection: Connection, person_id: int) -> Person:
    row = connection.execute(select(persons).where(persons.c.id == person_id)).first()
    if row is None:
        raise UnknownPerson(f"person {person_id} does not exist", "person_id")
    return _person(row)


def persons_of(connection: Connection, household_id: int) -> list[Person]:
    query = select(persons).where(persons.c.household_id == household_id).order_by(persons.c.id)
    return [_person(row) for row in connection.execute(query)]
