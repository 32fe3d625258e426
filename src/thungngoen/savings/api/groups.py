"""Groups: the operator creates them, their officers set them up, officers and staff
read their books; anyone logged in reads the federation's aggregates."""

from fastapi import APIRouter
from sqlalchemy import Connection

from thungngoen import savings
from thungngoen.db import read_transaction, write_transaction
from thungngoen.savings import access
from thungngoen.savings.api.schemas import (
    EnterpriseIn,
    EnterpriseOut,
    FederationOut,
    GroupIn,
    GroupOut,
    GroupReportOut,
    MemberIn,
    MemberOut,
    OfficerIn,
    OfficerOut,
    RegulationOut,
    RegulationVersionIn,
)
from thungngoen.web.api_fields import Day, Id
from thungngoen.web.deps import CurrentUser, EngineDep, OperatorUser

router = APIRouter(prefix="/api/v1/savings", tags=["savings"])


def _actor(user: CurrentUser) -> str:
    return f"user:{user.id}"


@router.get("/groups")
def list_groups(user: CurrentUser, engine: EngineDep) -> list[GroupOut]:
    """Staff see every group; an officer the groups where they hold an office."""
    with read_transaction(engine) as connection:
        found = access.readable_groups(connection, user)
    return [GroupOut.model_validate(group) for group in found]


@router.post("/groups", status_code=201)
def create_group(body: GroupIn, user: OperatorUser, engine: EngineDep) -> GroupOut:
    values = body.model_dump(exclude={"regulation"})
    group = write_transaction(
        engine,
        lambda c: savings.create_group(
            c, **values, regulation=body.regulation.terms(), actor=_actor(user)
        ),
    )
    return GroupOut.model_validate(group)


@router.post("/enterprises", status_code=201)
def create_enterprise(body: EnterpriseIn, user: OperatorUser, engine: EngineDep) -> EnterpriseOut:
    enterprise = write_transaction(
        engine, lambda c: savings.create_enterprise(c, **body.model_dump(), actor=_actor(user))
    )
    return EnterpriseOut.model_validate(enterprise)


@router.get("/groups/{group_id}")
def group_report(
    group_id: Id, user: CurrentUser, engine: EngineDep, as_of: Day | None = None
) -> GroupReportOut:
    """Books, members with savings, loans and arrears, and loans by how overdue."""
    with read_transaction(engine) as connection:
        access.require_group_reader(connection, group_id, user)
        report = savings.group_report(connection, group_id, as_of or savings.thai_today())
    return GroupReportOut.model_validate(report)


@router.post("/groups/{group_id}/members", status_code=201)
def add_member(group_id: Id, body: MemberIn, user: CurrentUser, engine: EngineDep) -> MemberOut:
    def work(connection: Connection) -> savings.SavingsMember:
        access.require_setup(connection, group_id, user)
        return savings.add_member(connection, group_id, **body.model_dump(), actor=_actor(user))

    return MemberOut.model_validate(write_transaction(engine, work))


@router.get("/groups/{group_id}/members")
def list_members(group_id: Id, user: CurrentUser, engine: EngineDep) -> list[MemberOut]:
    with read_transaction(engine) as connection:
        access.require_group_reader(connection, group_id, user)
        found = savings.list_members(connection, group_id)
    return [MemberOut.model_validate(member) for member in found]


@router.post("/groups/{group_id}/officers", status_code=201)
def appoint_officer(
    group_id: Id, body: OfficerIn, user: CurrentUser, engine: EngineDep
) -> OfficerOut:
    def work(connection: Connection) -> savings.Officer:
        access.require_setup(connection, group_id, user)
        return savings.appoint_officer(
            connection, group_id, **body.model_dump(), actor=_actor(user), appointed_by=user.id
        )

    return OfficerOut.model_validate(write_transaction(engine, work))


@router.post("/groups/{group_id}/regulations", status_code=201)
def set_regulation(
    group_id: Id, body: RegulationVersionIn, user: CurrentUser, engine: EngineDep
) -> RegulationOut:
    """A new version of the rules, effective from a date."""

    def work(connection: Connection) -> savings.Regulation:
        access.require_setup(connection, group_id, user)
        version = savings.set_regulation(
            connection,
            group_id,
            body.terms(),
            effective_from=body.effective_from,
            actor=_actor(user),
        )
        return version.terms

    return RegulationOut.model_validate(write_transaction(engine, work))


@router.get("/federation")
def federation(
    user: CurrentUser, engine: EngineDep, as_of: Day | None = None, tambon: str | None = None
) -> FederationOut:
    """Every group's members, savings, loans, arrears and growth, and the totals."""
    with read_transaction(engine) as connection:
        view = savings.federation_view(connection, as_of or savings.thai_today(), tambon)
    return FederationOut.of(view)
