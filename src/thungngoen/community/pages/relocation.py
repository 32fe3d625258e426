"""``/data/relocation``: the register of relocation requests under a place, by status;
a request's page with its history and the steps its reader may take; registering a
household's request (``/data/households/{id}/relocation``). Proposals are in
``relocation_proposals``. Every check is ``community.access``'s."""

import re
from datetime import date
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response
from sqlalchemy import Connection, select

from thungngoen import community
from thungngoen.auth.errors import Forbidden
from thungngoen.auth.tables import users
from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.community import access
from thungngoen.community import relocation as rel
from thungngoen.community.errors import UnknownRelocationRequest
from thungngoen.community.pages.common import LABELS, checked_read
from thungngoen.community.texts.relocation import (
    OTHER_ACTORS,
    REASON_LABELS,
    SAVINGS_SOURCES,
    STATUS_LABELS,
)
from thungngoen.errors import DomainError
from thungngoen.thai import thai_today
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import rejection
from thungngoen.web.page_ops import write
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import PageUser
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)
RELOCATION_LABELS = {
    "status_labels": STATUS_LABELS,
    "reason_labels": REASON_LABELS,
    "savings_sources": SAVINGS_SOURCES,
    "other_actors": OTHER_ACTORS,
}


def actor_names(connection: Connection, actors: list[str]) -> dict[str, str]:
    """``user:7`` → the login's name; other actors (``cli``, ``demo``) by ``OTHER_ACTORS``."""
    ids = {int(a.removeprefix("user:")) for a in actors if re.fullmatch(r"user:[0-9]+", a)}
    rows = connection.execute(select(users.c.id, users.c.name).where(users.c.id.in_(ids)))
    return {f"user:{user_id}": name for user_id, name in rows} if ids else {}


def _register(connection: Connection, node: str, status: str, user: User) -> dict[str, Any]:
    place = community.parse_node(node[:40] or str(community.ROOT))
    access.require_node_reader(connection, user, place)
    scope = access.people_scope(connection, user)
    if scope is not None and not scope:
        raise Forbidden("relocation requests are read by those with a duty in the community")
    wanted = status if status in rel.STATUSES else None
    found = rel.list_requests(connection, place, status=wanted, community_ids=scope)
    today = thai_today()
    proposals = rel.list_proposals(connection) if scope is None else []
    return {
        "path": community.node_path(connection, place),
        "node": str(place),
        "status": wanted or "",
        "views": [rel.view_of(connection, request, today) for request in found],
        "proposals": proposals,
        "may_propose": access.duties(connection, user).coordinator,
    }


@router.get("/data/relocation")
async def register_page(
    request: Request, user: PageUser, node: str = "", status: str = ""
) -> Response:
    found = await checked_read(request, lambda c: _register(c, node, status[:20], user))
    context = {**found, **LABELS, **RELOCATION_LABELS, "statuses": rel.STATUSES}
    return render(request, "community/relocation/register.html", context)


def _request(connection: Connection, request_id: int, user: User, today: date) -> dict[str, Any]:
    found = rel.get_request(connection, request_id)
    household = community.get_household(connection, found.household_id)
    access.require_relocation_reader(connection, user, household.community_id)
    held = access.duties(connection, user)
    leads = household.community_id in held.leads
    steps = [
        status
        for status in rel.NEXT[found.status]
        if held.coordinator or (leads and status == "withdrawn")
    ]
    history = rel.steps_of(connection, request_id)
    return {
        "view": rel.view_of(connection, found, today),
        "history": history,
        "actor_names": actor_names(connection, [step.actor for step in history]),
        "next_steps": steps,
        "proposals": rel.list_proposals(connection) if held.coordinator else [],
        "proposal": rel.get_proposal(connection, found.proposal_id) if found.proposal_id else None,
    }


async def _request_page(
    request: Request, request_id: int, user: User, error: str = "", code: int = 200
) -> Response:
    today = thai_today()
    try:
        found = await checked_read(request, lambda c: _request(c, request_id, user, today))
    except UnknownRelocationRequest:
        raise HTTPException(status_code=404) from None
    context = {**found, **LABELS, **RELOCATION_LABELS, "error": error}
    return render(request, "community/relocation/request.html", context, code)


@router.get("/data/relocation/{request_id:id}")
async def request_page(request: Request, request_id: int, user: PageUser) -> Response:
    return await _request_page(request, request_id, user)


def _whole(text: str) -> int:
    return int(text) if text.strip().isdigit() else -1


@router.post("/data/relocation/{request_id:id}/step")
async def take_step(
    request: Request, request_id: int, user: PageUser, form: CheckedForm
) -> Response:
    at, to_status = utc_now(), form.get("status", "")[:20]
    proposal = form.get("proposal_id", "").strip()

    def work(connection: Connection) -> object:
        found = rel.get_request(connection, request_id)
        household = community.get_household(connection, found.household_id)
        if to_status == "withdrawn":
            access.require_relocation_registrar(connection, user, household.community_id)
        else:
            access.require_relocation_decider(connection, user)
        return rel.take_step(
            connection, request_id, to_status, expected_version=_whole(form.get("version", "")),
            note=form.get("note", "")[:400], actor=f"user:{user.id}", at=at,
            proposal_id=_whole(proposal) if proposal else None,
        )  # fmt: skip

    try:
        await write(request, work)
    except Forbidden:
        raise HTTPException(status_code=403) from None
    except UnknownRelocationRequest:
        raise HTTPException(status_code=404) from None
    except DomainError as error:
        return await _request_page(request, request_id, user, rejection(request, error), 422)
    return see_other(request, f"/data/relocation/{request_id}", "The step is recorded.")


def _household(connection: Connection, household_id: int, user: User) -> dict[str, Any]:
    household = access.require_household_reader(connection, user, household_id)
    existing = rel.request_of_household(connection, household_id)
    if existing is None:
        access.require_relocation_registrar(connection, user, household.community_id)
    return {"household": household, "existing": existing}


async def _register_form(
    request: Request, household_id: int, user: User, values: dict[str, str], error: str = ""
) -> Response:
    found = await checked_read(request, lambda c: _household(c, household_id, user))
    if found["existing"] is not None:
        return see_other(request, f"/data/relocation/{found['existing'].id}")
    context = {**found, **RELOCATION_LABELS, "values": values, "error": error,
               "reasons": rel.REASONS}  # fmt: skip
    return render(request, "community/relocation/new.html", context, 422 if error else 200)


@router.get("/data/households/{household_id:id}/relocation")
async def register_form(request: Request, household_id: int, user: PageUser) -> Response:
    return await _register_form(request, household_id, user, {"loan": "300000"})


def _satang(text: str) -> int | None:
    """Whole baht typed on the form → satang (``None`` when left empty)."""
    cleaned = text.replace(",", "").strip()
    if not cleaned:
        return None
    return int(cleaned) * 100 if cleaned.isdigit() and len(cleaned) < 12 else -1


@router.post("/data/households/{household_id:id}/relocation")
async def register(
    request: Request, household_id: int, user: PageUser, form: CheckedForm
) -> Response:
    at = utc_now()

    def work(connection: Connection) -> rel.RelocationRequest:
        household = access.require_household_reader(connection, user, household_id)
        access.require_relocation_registrar(connection, user, household.community_id)
        loan = _satang(form.get("loan", ""))
        return rel.register_request(
            connection, household_id=household_id, reason=form.get("reason", "")[:20],
            reason_note=form.get("reason_note", "")[:400],
            declared_savings=_satang(form.get("declared_savings", "")),
            loan_amount=-1 if loan is None else loan, actor=f"user:{user.id}", at=at,
        )  # fmt: skip

    try:
        made = await write(request, work)
    except Forbidden:
        raise HTTPException(status_code=403) from None
    except DomainError as error:
        if error.code == "unknown_household":
            raise HTTPException(status_code=404) from None
        return await _register_form(
            request, household_id, user, dict(form), rejection(request, error)
        )
    return see_other(
        request, f"/data/relocation/{made.id}", "The relocation request is registered."
    )
