"""``/data/privacy`` (everyone: the notice in force and every older version) and
``/data/me`` (the person, through the wallet login their record is linked to: their
record, who read it by duty, the consents with the notice versions agreed to, their
requests; withdraw a consent, make a request)."""

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.community.pages.common import LABELS, checked_read, checked_write
from thungngoen.community.pdpa import me, notices
from thungngoen.community.pdpa.labels import PDPA_LABELS
from thungngoen.errors import DomainError
from thungngoen.thai import thai_today
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import rejection
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import PageUser
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/data/privacy")
async def privacy_page(request: Request) -> Response:
    def work(connection: Connection) -> dict[str, Any]:
        return {
            "current": notices.current_notice(connection, thai_today()),
            "versions": notices.notices(connection),
        }

    found = await checked_read(request, work)
    return render(request, "community/pdpa/privacy.html", found)


async def _me_page(request: Request, user: User, error: str = "", status: int = 200) -> Response:
    at = utc_now()
    records = await checked_write(request, lambda c: me.my_records(c, user, at=at))
    context = {"records": records, "error": error, "now": at, **LABELS, **PDPA_LABELS}
    return render(request, "community/pdpa/me.html", context, status_code=status)


@router.get("/data/me")
async def me_page(request: Request, user: PageUser) -> Response:
    return await _me_page(request, user)


@router.post("/data/me/{person_id:id}/withdraw")
async def withdraw(request: Request, user: PageUser, form: CheckedForm, person_id: int) -> Response:
    kind = form.get("kind", "")
    at = utc_now()
    try:
        await checked_write(
            request, lambda c: me.my_withdrawal(c, user, person_id, kind=kind, at=at)
        )
    except DomainError as error:
        return await _me_page(request, user, rejection(request, error), 422)
    return see_other(request, "/data/me", flash="Your consent was withdrawn.")


@router.post("/data/me/{person_id:id}/requests")
async def make_request(
    request: Request, user: PageUser, form: CheckedForm, person_id: int
) -> Response:
    kind, detail = form.get("kind", ""), form.get("detail", "")[:2000]
    at = utc_now()
    try:
        await checked_write(
            request,
            lambda c: me.my_request(c, user, person_id, kind=kind, detail=detail, at=at),
        )
    except DomainError as error:
        return await _me_page(request, user, rejection(request, error), 422)
    return see_other(request, "/data/me", flash="Your request was received: answer within 30 days.")
