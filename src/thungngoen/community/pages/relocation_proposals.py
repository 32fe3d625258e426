"""``/data/relocation/proposals``: a coordinator names a proposal and puts verified
requests in it (from each request's page); the proposal's page lists its households and
their summary by community, and ``….pdf`` is the document sent to CODI (a logged export
of each head's name). Coordinators and the auditor read them."""

from datetime import date, datetime
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen.auth.errors import Forbidden
from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.community import access
from thungngoen.community import relocation as rel
from thungngoen.community.errors import UnknownRelocationProposal
from thungngoen.community.pages.common import checked_read
from thungngoen.community.pages.relocation import RELOCATION_LABELS
from thungngoen.errors import DomainError
from thungngoen.thai import thai_today
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import rejection
from thungngoen.web.page_ops import write
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import PageUser
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)


def _proposal(connection: Connection, proposal_id: int, user: User, today: date) -> dict[str, Any]:
    access.require_proposal_reader(connection, user)
    views = rel.proposal_views(connection, proposal_id, today)
    return {
        "proposal": rel.get_proposal(connection, proposal_id),
        "views": views,
        "totals": rel.totals_by_community(views),
    }


@router.get("/data/relocation/proposals/{proposal_id:id}")
async def proposal_page(request: Request, proposal_id: int, user: PageUser) -> Response:
    today = thai_today()
    try:
        found = await checked_read(request, lambda c: _proposal(c, proposal_id, user, today))
    except UnknownRelocationProposal:
        raise HTTPException(status_code=404) from None
    return render(request, "community/relocation/proposal.html", {**found, **RELOCATION_LABELS})


def _document(connection: Connection, proposal_id: int, user: User, at: datetime) -> Any:
    access.require_proposal_reader(connection, user)
    return rel.proposal_document(
        connection, proposal_id, reader=f"user:{user.id}", at=at, as_of=thai_today(at)
    )


@router.get("/data/relocation/proposals/{proposal_id:id}.pdf")
async def proposal_pdf(request: Request, proposal_id: int, user: PageUser) -> Response:
    at = utc_now()
    try:
        document = await write(request, lambda c: _document(c, proposal_id, user, at))
    except Forbidden:
        raise HTTPException(status_code=403) from None
    except UnknownRelocationProposal:
        raise HTTPException(status_code=404) from None
    pdf = await run_in_threadpool(rel.render_pdf, document)
    name = f"codi-proposal-{proposal_id}.pdf"
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    return Response(pdf, media_type="application/pdf", headers=headers)


@router.post("/data/relocation/proposals")
async def create_proposal(request: Request, user: PageUser, form: CheckedForm) -> Response:
    at = utc_now()

    def work(connection: Connection) -> rel.Proposal:
        access.require_relocation_decider(connection, user)
        return rel.create_proposal(
            connection, name=form.get("name", "")[:300], note=form.get("note", "")[:600],
            actor=f"user:{user.id}", at=at,
        )  # fmt: skip

    try:
        made = await write(request, work)
    except Forbidden:
        raise HTTPException(status_code=403) from None
    except DomainError as error:
        return see_other(request, "/data/relocation", rejection(request, error))
    return see_other(request, f"/data/relocation/proposals/{made.id}", "The proposal is created.")
