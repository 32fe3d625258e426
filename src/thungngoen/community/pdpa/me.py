"""What a person sees of their own data (``/data/me``): through the wallet login their
record is linked to, each record, who read it (by duty), the consents with the notice
versions they agreed to, their requests; and what they can do: withdraw a consent, make a
request. Their own look is itself a logged read (reader ``user:<id>``, shown as ``self``)."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection

from thungngoen.auth.users import User
from thungngoen.community.consent import Consent, withdraw_consent
from thungngoen.community.pdpa import rights
from thungngoen.community.pdpa.notices import Notice, get_notice
from thungngoen.community.pdpa.reads_log import all_reads, reader_role
from thungngoen.community.pdpa.requests import (
    SubjectRequest,
    is_restricted,
    list_requests,
    receive_request,
)
from thungngoen.community.persons import Person
from thungngoen.community.reads import read_person

PURPOSE = "own_data"


@dataclass(frozen=True, slots=True)
class OwnRead:
    reader_role: str
    what: str
    purpose: str
    read_at: datetime


@dataclass(frozen=True, slots=True)
class OwnRecord:
    person: Person
    consents: list[tuple[Consent, Notice]]
    reads: list[OwnRead]
    requests: list[SubjectRequest]
    restricted: bool


def my_records(connection: Connection, user: User, *, at: datetime) -> list[OwnRecord]:
    """Every record linked to the login (usually one), each read logged."""
    found = []
    for person_id in rights.own_person_ids(connection, user):
        detail = read_person(
            connection, person_id, reader=f"user:{user.id}", purpose=PURPOSE, at=at
        )
        reads = [
            OwnRead(reader_role(connection, r.reader, user.id), r.what, r.purpose, r.read_at)
            for r in all_reads(connection, person_id=person_id)
        ]
        found.append(
            OwnRecord(
                detail.person,
                [(c, get_notice(connection, c.notice_version)) for c in detail.consents],
                reads,
                list_requests(connection, now=at, person_id=person_id),
                is_restricted(connection, person_id),
            )
        )
    return found


def my_withdrawal(
    connection: Connection, user: User, person_id: int, *, kind: str, at: datetime
) -> None:
    rights.require_own_person(connection, user, person_id)
    withdraw_consent(connection, person_id, kind=kind, actor=f"user:{user.id}", at=at)


def my_request(
    connection: Connection, user: User, person_id: int, *, kind: str, detail: str, at: datetime
) -> SubjectRequest:
    rights.require_own_person(connection, user, person_id)
    return receive_request(
        connection,
        person_id,
        kind=kind,
        detail=detail,
        received_at=at,
        actor=f"user:{user.id}",
        at=at,
    )
