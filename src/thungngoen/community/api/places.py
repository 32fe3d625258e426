"""Places, communities, organisations and duties: any login reads places, counts,
profiles and organisations; the operator or a coordinator creates them and grants duties;
a leader edits their community, an editor their organisation."""

from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import Connection

from thungngoen import community
from thungngoen.auth.errors import Forbidden
from thungngoen.clock import utc_now
from thungngoen.community import access
from thungngoen.community.api.schemas import (
    CommunityIn,
    CommunityOut,
    CommunityPatch,
    CommunityRowOut,
    DutyIn,
    DutyOut,
    MunicipalityIn,
    MunicipalityOut,
    OrganisationIn,
    OrganisationOut,
    OrganisationPatch,
    ProfileOut,
    SavingsLinkIn,
    StepOut,
)
from thungngoen.db import read_transaction, write_transaction
from thungngoen.web.api_fields import Id
from thungngoen.web.deps import CurrentUser, EngineDep

router = APIRouter(prefix="/api/v1/data", tags=["community data"])
NodeQuery = Annotated[str, Query(max_length=40, description="A node id: tambon:900101.")]


def actor(user: CurrentUser) -> str:
    return f"user:{user.id}"


@router.get("/path")
def node_path(
    user: CurrentUser, engine: EngineDep, node: NodeQuery = "province:90"
) -> list[StepOut]:
    """The node's path from the province down (a person's step has no name)."""
    with read_transaction(engine) as connection:
        place = access.require_node_reader(connection, user, community.parse_node(node))
        path = community.node_path(connection, place)
    return [StepOut.model_validate(step) for step in path]


@router.get("/communities")
def list_communities(
    user: CurrentUser, engine: EngineDep, node: NodeQuery = "province:90"
) -> list[CommunityRowOut]:
    """Every community under the node, with its households and persons counted."""
    with read_transaction(engine) as connection:
        place = access.require_node_reader(connection, user, community.parse_node(node))
        rows = community.community_rows(connection, place)
    return [CommunityRowOut.model_validate(row) for row in rows]


@router.post("/communities", status_code=201)
def create_community(body: CommunityIn, user: CurrentUser, engine: EngineDep) -> CommunityOut:
    at = utc_now()

    def work(connection: Connection) -> community.Community:
        access.require_place_editor(connection, user)
        return community.create_community(connection, **body.model_dump(), actor=actor(user), at=at)

    return CommunityOut.model_validate(write_transaction(engine, work))


@router.get("/communities/{community_id}")
def community_profile(community_id: Id, user: CurrentUser, engine: EngineDep) -> ProfileOut:
    """Figures only: households, people in each vulnerable group, savings groups,
    organisations."""
    with read_transaction(engine) as connection:
        profile = community.community_profile(connection, community_id)
    return ProfileOut.of(profile)


@router.patch("/communities/{community_id}")
def update_community(
    community_id: Id, body: CommunityPatch, user: CurrentUser, engine: EngineDep
) -> CommunityOut:
    at, changes = utc_now(), body.changes()

    def work(connection: Connection) -> community.Community:
        access.require_community_editor(connection, user, community_id)
        return community.update_community(
            connection, community_id, **changes, actor=actor(user), at=at
        )

    return CommunityOut.model_validate(write_transaction(engine, work))


@router.post("/communities/{community_id}/savings-groups", status_code=204)
def link_savings_group(
    community_id: Id, body: SavingsLinkIn, user: CurrentUser, engine: EngineDep
) -> None:
    def work(connection: Connection) -> None:
        access.require_place_editor(connection, user)
        community.link_savings_group(
            connection, community_id, body.savings_group_id, actor=actor(user)
        )

    write_transaction(engine, work)


@router.get("/municipalities")
def list_municipalities(user: CurrentUser, engine: EngineDep) -> list[MunicipalityOut]:
    with read_transaction(engine) as connection:
        found = community.list_municipalities(connection)
    return [MunicipalityOut.model_validate(town) for town in found]


@router.post("/municipalities", status_code=201)
def create_municipality(
    body: MunicipalityIn, user: CurrentUser, engine: EngineDep
) -> MunicipalityOut:
    at = utc_now()

    def work(connection: Connection) -> community.Municipality:
        access.require_place_editor(connection, user)
        return community.create_municipality(
            connection, **body.model_dump(), actor=actor(user), at=at
        )

    return MunicipalityOut.model_validate(write_transaction(engine, work))


@router.get("/organisations")
def list_organisations(
    user: CurrentUser,
    engine: EngineDep,
    node: Annotated[str | None, Query(max_length=40)] = None,
    sector: Annotated[str | None, Query(max_length=30)] = None,
) -> list[OrganisationOut]:
    """All, or those of a sector, or those covering a place on the node's path."""
    with read_transaction(engine) as connection:
        place = None
        if node:
            place = access.require_node_reader(connection, user, community.parse_node(node))
        found = community.list_organisations(connection, node=place, sector=sector)
    return [OrganisationOut.of(organisation) for organisation in found]


@router.post("/organisations", status_code=201)
def create_organisation(
    body: OrganisationIn, user: CurrentUser, engine: EngineDep
) -> OrganisationOut:
    at = utc_now()

    def work(connection: Connection) -> community.Organisation:
        access.require_place_editor(connection, user)
        return community.create_organisation(
            connection, **body.model_dump(), actor=actor(user), at=at
        )

    return OrganisationOut.of(write_transaction(engine, work))


@router.get("/organisations/{organisation_id}")
def get_organisation(organisation_id: Id, user: CurrentUser, engine: EngineDep) -> OrganisationOut:
    with read_transaction(engine) as connection:
        return OrganisationOut.of(community.get_organisation(connection, organisation_id))


@router.patch("/organisations/{organisation_id}")
def update_organisation(
    organisation_id: Id, body: OrganisationPatch, user: CurrentUser, engine: EngineDep
) -> OrganisationOut:
    at, changes = utc_now(), body.changes()

    def work(connection: Connection) -> community.Organisation:
        access.require_organisation_editor(connection, user, organisation_id)
        return community.update_organisation(
            connection, organisation_id, **changes, actor=actor(user), at=at
        )

    return OrganisationOut.of(write_transaction(engine, work))


@router.get("/duties")
def list_duties(user: CurrentUser, engine: EngineDep) -> list[DutyOut]:
    """Everyone's current duties (for the operator and coordinators); anyone else's own."""
    with read_transaction(engine) as connection:
        try:
            access.require_granter(connection, user)
            found = community.list_duties(connection)
        except Forbidden:
            found = community.list_duties(connection, user.id)
    return [DutyOut.model_validate(duty) for duty in found]


@router.post("/duties", status_code=201)
def grant_duty(body: DutyIn, user: CurrentUser, engine: EngineDep) -> DutyOut:
    at = utc_now()

    def work(connection: Connection) -> community.Duty:
        access.require_granter(connection, user)
        return community.grant_duty(connection, **body.model_dump(), actor=actor(user), at=at)

    return DutyOut.model_validate(write_transaction(engine, work))


@router.delete("/duties/{duty_id}", status_code=204)
def end_duty(duty_id: Id, user: CurrentUser, engine: EngineDep) -> None:
    at = utc_now()

    def work(connection: Connection) -> None:
        access.require_granter(connection, user)
        community.end_duty(connection, duty_id, actor=actor(user), at=at)

    write_transaction(engine, work)
