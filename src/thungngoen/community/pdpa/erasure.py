"""Erasure (PDPA s.33): the person's record is irreversibly pseudonymised, so that the
counts along the places tree stay as they were and nothing can lead back to the person.

Kept (decision 0049): the row itself with its id, household, sex, relation to the head,
the two non-health vulnerability flags and the **year band** of birth (1 January of the
five-year band), so the community's counts of persons, elderly and children do not
change; the consent rows (purpose, notice version, who took them — marked withdrawn),
the log of reads (accountability: who read the record before) and the request itself.
Emptied: name (replaced by a marker), exact birth date, phone, national ID digest and
last four, occupation, education, the health and disability fields, the links to the
wallet and savings members, and the free text of the person's requests. The wallet and
savings records a link pointed at are not touched: they are the wallet's and the savings
group's own records with their own legal basis (accounting and financial-records duties),
so the ledger and ``thungngoen verify`` stay as they were; only the link is cut. When
nobody else is left in the household, its address and house registration number go too."""

from datetime import date, datetime

from sqlalchemy import Connection, func, select, update

from thungngoen import audit
from thungngoen.community.pdpa.errors import PersonErased
from thungngoen.community.pdpa_tables import subject_requests
from thungngoen.community.person_values import ERASED
from thungngoen.community.persons import get_person
from thungngoen.community.tables import consents, households, persons

MARKER = ERASED
BAND = 5


def is_erased(name: str) -> bool:
    return name.startswith(MARKER)


def erase_person(
    connection: Connection, person_id: int, *, request_id: int, actor: str, at: datetime
) -> None:
    person = get_person(connection, person_id)
    if is_erased(person.name):
        raise PersonErased(f"person {person_id} was erased already", "person_id")
    year = person.birth_date.year - person.birth_date.year % BAND
    connection.execute(
        update(persons)
        .where(persons.c.id == person_id)
        .values(
            name=f"{MARKER} #{request_id}",
            birth_date=date(year, 1, 1),
            phone=None,
            national_id_digest=None,
            national_id_last4=None,
            occupation="",
            education="unknown",
            chronic_illness=None,
            disability=None,
            bedridden=None,
            wallet_member_id=None,
            savings_member_id=None,
            lawful_basis="legal_duty",
            basis_reason=f"pseudonymous remainder after erasure request {request_id}",
            version=persons.c.version + 1,
            updated_at=at,
        )
    )
    connection.execute(
        update(consents)
        .where(consents.c.person_id == person_id, consents.c.withdrawn_at.is_(None))
        .values(withdrawn_at=at, withdrawn_by=actor)
    )
    connection.execute(
        update(subject_requests).where(subject_requests.c.person_id == person_id).values(detail="")
    )
    others = connection.execute(
        select(func.count()).where(
            persons.c.household_id == person.household_id,
            persons.c.id != person_id,
            persons.c.name.not_like(f"{MARKER}%"),
        )
    ).scalar_one()
    if not others:
        connection.execute(
            update(households)
            .where(households.c.id == person.household_id)
            .values(address="", house_registration_no=None, version=households.c.version + 1)
        )
    audit.record(
        connection,
        actor=actor,
        action="community.person_erase",
        subject_type="person",
        subject_id=person_id,
        after={"request_id": request_id, "household_emptied": not others},
    )
