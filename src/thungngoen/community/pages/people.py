"""``/data/households/{id}``, ``/data/persons/{id}`` and ``/data/search``: for those with
a duty in the community (``community.access``). Lists are masked; a person's page is a
logged read (``purpose`` ``person_page``) and shows who read the record before, to the
coordinator, the auditor and the person."""

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen import community
from thungngoen.auth.errors import Forbidden
from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.community import access
from thungngoen.community.pages.common import LABELS, checked_read, checked_write
from thungngoen.community.pages.round_entry import household_rounds
from thungngoen.community.texts.rounds import DIMENSION_NAMES
from thungngoen.web.sessions import PageUser
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)
PAGE_PURPOSE = "person_page"


def _household(connection: Connection, household_id: int, user: User) -> dict[str, Any]:
    household = access.require_household_reader(connection, user, household_id)
    return {
        "household": household,
        "community": community.get_community(connection, household.community_id),
        "persons": community.persons_of(connection, household_id),
        "history": household_rounds(connection, household_id),
    }


@router.get("/data/households/{household_id:id}")
async def household_page(request: Request, household_id: int, user: PageUser) -> Response:
    found = await checked_read(request, lambda c: _household(c, household_id, user))
    context = {**found, **LABELS, "mask_phone": community.mask_phone}
    context["dimension_names"] = DIMENSION_NAMES
    return render(request, "community/household.html", context)


def _person(connection: Connection, person_id: int, user: User, at: Any) -> dict[str, Any]:
    access.require_person_reader(connection, user, person_id)
    detail = community.read_person(
        connection, person_id, reader=f"user:{user.id}", purpose=PAGE_PURPOSE, at=at
    )
    try:
        access.require_read_log_reader(connection, user, person_id)
        reads = community.reads_of(connection, person_id)
    except Forbidden:
        reads = None
    household = community.get_household(connection, detail.person.household_id)
    return {
        "detail": detail,
        "household": household,
        "reads": reads,
        "national_id": community.mask_national_id(detail.person.national_id_last4),
        "sensitive_consent": "sensitive" in community.active_kinds(connection, person_id),
    }


@router.get("/data/persons/{person_id:id}")
async def person_page(request: Request, person_id: int, user: PageUser) -> Response:
    at = utc_now()
    found = await checked_write(request, lambda c: _person(c, person_id, user, at))
    return render(request, "community/person.html", {**found, **LABELS})


@router.get("/data/search")
async def search_page(request: Request, user: PageUser, q: str = "") -> Response:
    text = q[:100]
    hits = await checked_read(
        request, lambda c: community.search(c, text, access.people_scope(c, user))
    )
    return render(request, "community/search.html", {"q": text, "hits": hits, **LABELS})
