"""Consents of a person record (PDPA s.19 and s.26): who took it, when, for what purpose,
under which version of the privacy notice; and withdrawal, which takes effect at once.

- withdrawing the ``sensitive`` consent empties the health and disability fields;
- withdrawing the ``general`` consent of a record resting on consent empties those and
  the phone and national ID too; what is left (name, birth date, household) waits for
  the person's erasure request or another basis, and no change is accepted until one of
  them is recorded (``persons.update_person``)."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, insert, select, update

from thungngoen import audit
from thungngoen.community.errors import (
    InvalidPerson,
    MissingLawfulBasis,
    UnknownNotice,
    UnknownPerson,
)
from thungngoen.community.pdpa_tables import privacy_notices
from thungngoen.community.person_values import SENSITIVE
from thungngoen.community.tables import CONSENT_KINDS, consents, persons


@dataclass(frozen=True, slots=True)
class Consent:
    id: int
    person_id: int
    kind: str
    purpose: str
    notice_version: str
    given_at: datetime
    taken_by: str
    withdrawn_at: datetime | None
    withdrawn_by: str | None


def insert_consent(
    connection: Connection,
    person_id: int,
    *,
    kind: str,
    purpose: str,
    notice_version: str,
    actor: str,
    at: datetime,
) -> None:
    """The row only (the caller checked and audits); the notice version must have been
    published (``pdpa.notices``), checked here so every path meets the same rule."""
    published = connection.execute(
        select(privacy_notices.c.version).where(privacy_notices.c.version == notice_version)
    ).first()
    if published is None:
        raise UnknownNotice(f"privacy notice {notice_version!r} was never published", "notice")
    values = {
        "person_id": person_id,
        "kind": kind,
        "purpose": purpose,
        "notice_version": notice_version,
        "given_at": at,
        "taken_by": actor,
    }
    connection.execute(insert(consents), values)


def consents_of(connection: Connection, person_id: int) -> list[Consent]:
    """Every consent of the person, given and withdrawn, oldest first."""
    query = select(consents).where(consents.c.person_id == person_id).order_by(consents.c.id)
    return [
        Consent(**{slot: row._mapping[slot] for slot in Consent.__slots__})
        for row in connection.execute(query)
    ]


def active_kinds(connection: Connection, person_id: int) -> frozenset[str]:
    """The kinds of consent in force (given and not withdrawn)."""
    query = select(consents.c.kind).where(
        consents.c.person_id == person_id, consents.c.withdrawn_at.is_(None)
    )
    return frozenset(connection.execute(query).scalars())


def record_consent(
    connection: Connection,
    person_id: int,
    *,
    kind: str,
    purpose: str,
    notice_version: str,
    actor: str,
    at: datetime,
) -> None:
    """A new consent; a ``general`` one makes consent the record's lawful basis."""
    if kind not in CONSENT_KINDS:
        raise InvalidPerson(f"a consent is {' or '.join(CONSENT_KINDS)}", "kind")
    purpose, notice = " ".join(purpose.split()), " ".join(notice_version.split())
    if not purpose or not notice or len(purpose) > 300 or len(notice) > 20:
        raise MissingLawfulBasis(
            "consent needs its purpose and the notice version shown", "purpose"
        )
    _person_exists(connection, person_id)
    insert_consent(
        connection, person_id, kind=kind, purpose=purpose, notice_version=notice, actor=actor, at=at
    )
    if kind == "general":
        connection.execute(
            update(persons)
            .where(persons.c.id == person_id)
            .values(
                lawful_basis="consent",
                basis_reason="",
                version=persons.c.version + 1,
                updated_at=at,
            )
        )
    audit.record(
        connection,
        actor=actor,
        action="community.consent_record",
        subject_type="person",
        subject_id=person_id,
        after={"kind": kind, "notice_version": notice},
    )


def _person_exists(connection: Connection, person_id: int) -> str:
    basis = connection.execute(
        select(persons.c.lawful_basis).where(persons.c.id == person_id)
    ).scalar()
    if basis is None:
        raise UnknownPerson(f"person {person_id} does not exist", "person_id")
    return str(basis)


def withdraw_consent(
    connection: Connection, person_id: int, *, kind: str, actor: str, at: datetime
) -> None:
    """Withdraw the consent of ``kind``; the fields it covered are emptied now."""
    if kind not in CONSENT_KINDS:
        raise InvalidPerson(f"a consent is {' or '.join(CONSENT_KINDS)}", "kind")
    basis = _person_exists(connection, person_id)
    kinds = ("general", "sensitive") if kind == "general" else ("sensitive",)
    connection.execute(
        update(consents)
        .where(
            consents.c.person_id == person_id,
            consents.c.kind.in_(kinds),
            consents.c.withdrawn_at.is_(None),
        )
        .values(withdrawn_at=at, withdrawn_by=actor)
    )
    cleared: dict[str, object] = dict.fromkeys(SENSITIVE)
    if kind == "general" and basis == "consent":
        cleared |= {"phone": None, "national_id_digest": None, "national_id_last4": None}
    connection.execute(
        update(persons)
        .where(persons.c.id == person_id)
        .values(**cleared, version=persons.c.version + 1, updated_at=at)
    )
    audit.record(
        connection,
        actor=actor,
        action="community.consent_withdraw",
        subject_type="person",
        subject_id=person_id,
        after={"kind": kind, "cleared": sorted(cleared)},
    )
