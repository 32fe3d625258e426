"""Households and persons: read and written by those with a duty in their community
(``community.access``). A person's detail is a logged read: the request says why
(``purpose``) and the answer is returned from the same transaction as its log row."""

from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import Connection

from thungngoen import community
from thungngoen.clock import utc_now
from thungngoen.community import access
from thungngoen.community.api.places import actor
from thungngoen.community.api.schemas import (
    ConsentIn,
    HitOut,
    HouseholdDetailOut,
    HouseholdIn,
    HouseholdOut,
    HouseholdPatch,
    PersonDetailOut,
    PersonIn,
    PersonPatch,
    PersonRowOut,
    ReadOut,
    WithdrawIn,
)
from thungngoen.db import read_transaction, write_transaction
from thungngoen.web.api_fields import Id
from thungngoen.web.deps import CurrentUser, EngineDep

router = APIRouter(prefix="/api/v1/data", tags=["community data"])
Purpose = Annotated[
    str, Query(min_length=1, max_length=200, description="Why the detail is read (logged).")
]


@router.get("/communities/{community_id}/households")
def list_households(community_id: Id, user: CurrentUser, engine: EngineDep) -> list[HouseholdOut]:
    with read_transaction(engine) as connection:
        community.get_community(connection, community_id)
        access.require_people_reader(connection, user, community_id)
        found = community.list_households(connection, community_id)
    return [HouseholdOut.model_validate(household) for household in found]


@router.post("/households", status_code=201)
def create_household(body: HouseholdIn, user: CurrentUser, engine: EngineDep) -> HouseholdOut:
    at = utc_now()

    def work(connection: Connection) -> community.Household:
        community.get_community(connection, body.community_id)
        access.require_people_writer(connection, user, body.community_id)
        return community.create_household(connection, **body.model_dump(), actor=actor(user), at=at)

    return HouseholdOut.model_validate(write_transaction(engine, work))


@router.get("/households/{household_id}")
def get_household(household_id: Id, user: CurrentUser, engine: EngineDep) -> HouseholdDetailOut:
    """The household and its persons, masked."""
    with read_transaction(engine) as connection:
        household = access.require_household_reader(connection, user, household_id)
        persons = community.persons_of(connection, household_id)
    return HouseholdDetailOut(
        household=HouseholdOut.model_validate(household),
        persons=[PersonRowOut.of(person) for person in persons],
    )


@router.patch("/households/{household_id}")
def update_household(
    household_id: Id, body: HouseholdPatch, user: CurrentUser, engine: EngineDep
) -> HouseholdOut:
    at, changes = utc_now(), body.changes()

    def work(connection: Connection) -> community.Household:
        access.require_household_writer(connection, user, household_id)
        return community.update_household(
            connection, household_id, expected_version=body.expected_version, **changes,
            actor=actor(user), at=at,
        )  # fmt: skip

    return HouseholdOut.model_validate(write_transaction(engine, work))


@router.post("/households/{household_id}/persons", status_code=201)
def add_person(
    household_id: Id, body: PersonIn, user: CurrentUser, engine: EngineDep
) -> PersonRowOut:
    at = utc_now()
    basis = community.Basis(**body.basis.model_dump())
    values = body.model_dump(exclude={"basis"})

    def work(connection: Connection) -> community.Person:
        access.require_household_writer(connection, user, household_id)
        return community.add_person(
            connection, household_id, basis=basis, **values, actor=actor(user), at=at
        )

    return PersonRowOut.of(write_transaction(engine, work))


@router.get("/persons/{person_id}")
def get_person(
    person_id: Id, user: CurrentUser, engine: EngineDep, purpose: Purpose
) -> PersonDetailOut:
    """The person's detail; the read is logged with its purpose."""
    at = utc_now()

    def work(connection: Connection) -> community.PersonDetail:
        access.require_person_reader(connection, user, person_id)
        return community.read_person(
            connection, person_id, reader=actor(user), purpose=purpose, at=at
        )

    return PersonDetailOut.of(write_transaction(engine, work))


@router.patch("/persons/{person_id}")
def update_person(
    person_id: Id, body: PersonPatch, user: CurrentUser, engine: EngineDep
) -> PersonRowOut:
    at, changes = utc_now(), body.changes()

    def work(connection: Connection) -> community.Person:
        access.require_person_writer(connection, user, person_id)
        return community.update_person(
            connection, person_id, expected_version=body.expected_version, **changes,
            actor=actor(user), at=at,
        )  # fmt: skip

    return PersonRowOut.of(write_transaction(engine, work))


@router.post("/persons/{person_id}/consents", status_code=204)
def record_consent(person_id: Id, body: ConsentIn, user: CurrentUser, engine: EngineDep) -> None:
    at = utc_now()

    def work(connection: Connection) -> None:
        access.require_person_writer(connection, user, person_id)
        community.record_consent(
            connection, person_id, **body.model_dump(), actor=actor(user), at=at
        )

    write_transaction(engine, work)


@router.post("/persons/{person_id}/consents/withdraw", status_code=204)
def withdraw_consent(person_id: Id, body: WithdrawIn, user: CurrentUser, engine: EngineDep) -> None:
    """The withdrawal takes effect now: the data it covered is emptied."""
    at = utc_now()

    def work(connection: Connection) -> None:
        access.require_person_writer(connection, user, person_id)
        community.withdraw_consent(connection, person_id, kind=body.kind, actor=actor(user), at=at)

    write_transaction(engine, work)


@router.get("/persons/{person_id}/reads")
def person_reads(person_id: Id, user: CurrentUser, engine: EngineDep) -> list[ReadOut]:
    """Who read the person's data: for the person, a coordinator and the auditor."""
    with read_transaction(engine) as connection:
        access.require_read_log_reader(connection, user, person_id)
        found = community.reads_of(connection, person_id)
    return [ReadOut.model_validate(read) for read in found]


@router.get("/search")
def search(
    user: CurrentUser, engine: EngineDep, q: Annotated[str, Query(min_length=1, max_length=100)]
) -> list[HitOut]:
    """Persons by name or phone, households by house number, in the communities the
    login may read; masked."""
    with read_transaction(engine) as connection:
        hits = community.search(connection, q, access.people_scope(connection, user))
    return [HitOut.model_validate(hit) for hit in hits]
