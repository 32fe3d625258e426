"""Relocation requests and proposals to CODI (``/api/v1/data/relocation…``): the register
scoped to a place and filtered by status, registering (a coordinator or the community's
leader), each step (a coordinator; the leader may withdraw), proposals and their PDF (a
coordinator or the auditor; the PDF's export of names is logged)."""

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen import community
from thungngoen.auth.errors import Forbidden
from thungngoen.clock import utc_now
from thungngoen.community import access
from thungngoen.community import relocation as rel
from thungngoen.community.api.places import actor
from thungngoen.community.api.schemas.relocation import (
    ProposalDetailOut,
    ProposalIn,
    ProposalOut,
    RelocationDetailOut,
    RelocationIn,
    RelocationOut,
    RelocationStepIn,
    StepOut,
    TotalsOut,
)
from thungngoen.db import read_transaction, write_transaction
from thungngoen.thai import thai_today
from thungngoen.web.api_fields import Id
from thungngoen.web.deps import CurrentUser, EngineDep

router = APIRouter(prefix="/api/v1/data/relocation", tags=["community data"])
NodeQuery = Annotated[str, Query(max_length=40, description="A place: tambon:900101, …")]
StatusQuery = Annotated[str | None, Query(max_length=20, description="Only this status.")]


@router.get("")
def list_requests(
    user: CurrentUser,
    engine: EngineDep,
    node: NodeQuery = "province:90",
    status: StatusQuery = None,
) -> list[RelocationOut]:
    today = thai_today()
    with read_transaction(engine) as connection:
        place = access.require_node_reader(connection, user, community.parse_node(node))
        scope = access.people_scope(connection, user)
        if scope is not None and not scope:
            raise Forbidden("relocation requests are read by those with a duty in the community")
        found = rel.list_requests(connection, place, status=status, community_ids=scope)
        return [RelocationOut.of(rel.view_of(connection, r, today)) for r in found]


@router.post("", status_code=201)
def register(body: RelocationIn, user: CurrentUser, engine: EngineDep) -> RelocationOut:
    at, today = utc_now(), thai_today()

    def work(connection: Connection) -> RelocationOut:
        household = community.get_household(connection, body.household_id)
        access.require_relocation_registrar(connection, user, household.community_id)
        made = rel.register_request(connection, **body.model_dump(), actor=actor(user), at=at)
        return RelocationOut.of(rel.view_of(connection, made, today))

    return write_transaction(engine, work)


@router.get("/proposals")
def list_proposals(user: CurrentUser, engine: EngineDep) -> list[ProposalOut]:
    with read_transaction(engine) as connection:
        access.require_proposal_reader(connection, user)
        return [ProposalOut.model_validate(p) for p in rel.list_proposals(connection)]


@router.post("/proposals", status_code=201)
def create_proposal(body: ProposalIn, user: CurrentUser, engine: EngineDep) -> ProposalOut:
    at = utc_now()

    def work(connection: Connection) -> rel.Proposal:
        access.require_relocation_decider(connection, user)
        return rel.create_proposal(connection, **body.model_dump(), actor=actor(user), at=at)

    return ProposalOut.model_validate(write_transaction(engine, work))


@router.get("/proposals/{proposal_id}")
def get_proposal(proposal_id: Id, user: CurrentUser, engine: EngineDep) -> ProposalDetailOut:
    with read_transaction(engine) as connection:
        access.require_proposal_reader(connection, user)
        views = rel.proposal_views(connection, proposal_id, thai_today())
        return ProposalDetailOut(
            proposal=ProposalOut.model_validate(rel.get_proposal(connection, proposal_id)),
            requests=[RelocationOut.of(view) for view in views],
            by_community=[TotalsOut.model_validate(t) for t in rel.totals_by_community(views)],
        )


@router.get("/proposals/{proposal_id}/pdf", response_class=Response)
def proposal_pdf(proposal_id: Id, user: CurrentUser, engine: EngineDep) -> Response:
    """The proposal document for CODI (Thai PDF); logs the export of each head's name."""
    at = utc_now()

    def work(connection: Connection) -> rel.ProposalDocument:
        access.require_proposal_reader(connection, user)
        return rel.proposal_document(
            connection, proposal_id, reader=actor(user), at=at, as_of=thai_today(at)
        )

    pdf = rel.render_pdf(write_transaction(engine, work))
    headers = {"Content-Disposition": f'attachment; filename="codi-proposal-{proposal_id}.pdf"'}
    return Response(pdf, media_type="application/pdf", headers=headers)


def _detail(connection: Connection, request_id: int) -> RelocationDetailOut:
    found = rel.get_request(connection, request_id)
    return RelocationDetailOut(
        request=RelocationOut.of(rel.view_of(connection, found, thai_today())),
        reason_note=found.reason_note,
        history=[StepOut.model_validate(s) for s in rel.steps_of(connection, request_id)],
    )


@router.get("/{request_id}")
def get_request(request_id: Id, user: CurrentUser, engine: EngineDep) -> RelocationDetailOut:
    with read_transaction(engine) as connection:
        found = rel.get_request(connection, request_id)
        household = community.get_household(connection, found.household_id)
        access.require_relocation_reader(connection, user, household.community_id)
        return _detail(connection, request_id)


@router.post("/{request_id}/steps")
def take_step(
    request_id: Id, body: RelocationStepIn, user: CurrentUser, engine: EngineDep
) -> RelocationDetailOut:
    at = utc_now()

    def work(connection: Connection) -> RelocationDetailOut:
        found = rel.get_request(connection, request_id)
        household = community.get_household(connection, found.household_id)
        if body.status == "withdrawn":
            access.require_relocation_registrar(connection, user, household.community_id)
        else:
            access.require_relocation_decider(connection, user)
        rel.take_step(connection, request_id, body.status, **body.model_dump(exclude={"status"}),
                      actor=actor(user), at=at)  # fmt: skip
        return _detail(connection, request_id)

    return write_transaction(engine, work)
