"""The log of reads of personal data (PDPA): who read whose detail, what, when and why.

``log_personal_reads`` is the one function every door uses — a person's page, the API,
an export of many persons, the data-subject access copy — in the same transaction as the
read, so no read goes unlogged and no log row stands for a read that failed. The log is
shown to the coordinator and to the person (the access-log viewer builds on
``reads_of``)."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, insert, select

from thungngoen.community.consent import Consent, consents_of
from thungngoen.community.errors import InvalidRead
from thungngoen.community.persons import Person, get_person
from thungngoen.community.tables import personal_reads


@dataclass(frozen=True, slots=True)
class PersonalRead:
    id: int
    person_id: int
    reader: str
    what: str
    purpose: str
    read_at: datetime


@dataclass(frozen=True, slots=True)
class PersonDetail:
    """What a person's page shows: the record and every consent, given and withdrawn."""

    person: Person
    consents: list[Consent]


def log_personal_reads(
    connection: Connection,
    person_ids: Iterable[int],
    *,
    reader: str,
    what: str,
    purpose: str,
    at: datetime,
) -> int:
    """One log row per person read; returns how many. ``reader`` is the actor
    (``user:12``, ``cli``), ``what`` the kind of read (``person_detail``, ``export``),
    ``purpose`` why."""
    reader, what, purpose = reader.strip(), what.strip(), " ".join(purpose.split())
    if not reader or not what or not purpose or len(what) > 40 or len(purpose) > 200:
        raise InvalidRead("a personal-data read names its reader, what and why", "purpose")
    rows = [
        {"person_id": pid, "reader": reader[:80], "what": what, "purpose": purpose, "read_at": at}
        for pid in dict.fromkeys(person_ids)
    ]
    if rows:
        connection.execute(insert(personal_reads), rows)
    return len(rows)


def read_person(
    connection: Connection, person_id: int, *, reader: str, purpose: str, at: datetime
) -> PersonDetail:
    """A person's detail, logged as read (call it in a write transaction)."""
    person = get_person(connection, person_id)
    log_personal_reads(
        connection, [person_id], reader=reader, what="person_detail", purpose=purpose, at=at
    )
    return PersonDetail(person, consents_of(connection, person_id))


def reads_of(connection: Connection, person_id: int, *, limit: int = 200) -> list[PersonalRead]:
    """The latest reads of a person's data, newest first."""
    query = (
        select(personal_reads)
        .where(personal_reads.c.person_id == person_id)
        .order_by(personal_reads.c.id.desc())
        .limit(limit)
    )
    return [
        PersonalRead(**{slot: row._mapping[slot] for slot in PersonalRead.__slots__})
        for row in connection.execute(query)
    ]
