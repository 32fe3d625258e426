"""``/data/pdpa``: the coordinator's PDPA page — the requests register (overdue ones
flagged and counted), breaches with the 72-hour clock, publishing a notice version — read
by the auditor too. The reads log and the access copy: ``pdpa_reads``."""

from datetime import date, datetime, timedelta, timezone
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.community.pages.common import LABELS, checked_read, checked_write
from thungngoen.community.pdpa import breaches, notices, requests, rights
from thungngoen.community.pdpa.labels import PDPA_LABELS
from thungngoen.errors import DomainError
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import rejection
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import PageUser, actor_of
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)
PAGE = "/data/pdpa"
BANGKOK = timezone(timedelta(hours=7))


def _registers(connection: Connection, user: User, now: datetime) -> dict[str, Any]:
    rights.require_register_reader(connection, user)
    found = breaches.list_breaches(connection)
    return {
        "requests": requests.list_requests(connection, now=now),
        "overdue": requests.overdue_count(connection, now),
        "breaches": found,
        "breaches_open": sum(b.office_notified_at is None for b in found),
        "handler": rights.is_handler(connection, user),
        "notices": notices.notices(connection),
    }


async def _page(request: Request, user: User, error: str = "", status: int = 200) -> Response:
    now = utc_now()
    found = await checked_read(request, lambda c: _registers(c, user, now))
    context = {**found, "now": now, "error": error, **LABELS, **PDPA_LABELS}
    return render(request, "community/pdpa/registers.html", context, status_code=status)


@router.get(PAGE)
async def registers_page(request: Request, user: PageUser) -> Response:
    return await _page(request, user)


def _moment(text: str, default: datetime) -> datetime:
    """A ``datetime-local`` field (Bangkok time); empty: ``default``."""
    if not text.strip():
        return default
    try:
        return datetime.fromisoformat(text.strip()).replace(tzinfo=BANGKOK)
    except ValueError:
        return default + timedelta(days=3650)  # the operation refuses a moment to come


def whole(text: str) -> int:
    return int(text) if text.strip().isdigit() else -1


async def _act(request: Request, user: User, work: Any, flash: str) -> Response:
    """Run ``work(connection, actor, at)`` for a coordinator; a refusal re-shows the page."""
    at = utc_now()

    def checked(connection: Connection) -> object:
        rights.require_handler(connection, user)
        return work(connection, actor_of(user), at)

    try:
        await checked_write(request, checked)
    except DomainError as error:
        return await _page(request, user, rejection(request, error), 422)
    return see_other(request, PAGE, flash=flash)


@router.post(f"{PAGE}/requests")
async def add_request(request: Request, user: PageUser, form: CheckedForm) -> Response:
    person, kind, detail = (
        whole(form.get("person_id", "")),
        form.get("kind", ""),
        form.get("detail", ""),
    )
    received = form.get("received_at", "")
    return await _act(
        request, user,
        lambda c, actor, at: requests.receive_request(
            c, person, kind=kind, detail=detail, received_at=_moment(received, at),
            actor=actor, at=at,
        ),
        "Request registered: due in 30 days.",
    )  # fmt: skip


@router.post(f"{PAGE}/requests/{{request_id:id}}/move")
async def move_request(
    request: Request, user: PageUser, form: CheckedForm, request_id: int
) -> Response:
    status, reason = form.get("status", ""), form.get("reason", "")[:2000]
    return await _act(
        request, user,
        lambda c, actor, at: requests.move_request(
            c, request_id, status=status, reason=reason, actor=actor, at=at
        ),
        "Request updated.",
    )  # fmt: skip


@router.post(f"{PAGE}/breaches")
async def add_breach(request: Request, user: PageUser, form: CheckedForm) -> Response:
    values = {
        key: form.get(key, "")[:3000]
        for key in ("discovered_at", "description", "data_affected", "people_affected", "risk")
    }
    return await _act(
        request, user,
        lambda c, actor, at: breaches.add_breach(
            c, discovered_at=_moment(values["discovered_at"], at),
            description=values["description"], data_affected=values["data_affected"],
            people_affected=whole(values["people_affected"]), risk=values["risk"],
            actor=actor, at=at,
        ),
        "Breach recorded: notify the office within 72 hours.",
    )  # fmt: skip


@router.post(f"{PAGE}/breaches/{{breach_id:id}}/notify")
async def notify_breach(
    request: Request, user: PageUser, form: CheckedForm, breach_id: int
) -> Response:
    whom, when = form.get("whom", ""), form.get("notified_at", "")
    return await _act(
        request, user,
        lambda c, actor, at: breaches.notify_breach(
            c, breach_id, whom=whom, notified_at=_moment(when, at), actor=actor, at=at
        ),
        "Notification recorded.",
    )  # fmt: skip


@router.post(f"{PAGE}/notices")
async def publish_notice(request: Request, user: PageUser, form: CheckedForm) -> Response:
    version, th, en = form.get("version", "")[:40], form.get("text_th", ""), form.get("text_en", "")
    try:
        day = date.fromisoformat(form.get("effective_on", ""))
    except ValueError:
        day = date.min
    return await _act(
        request, user,
        lambda c, actor, at: notices.publish_notice(
            c, version=version, effective_on=day, text_th=th[:20001], text_en=en[:20001],
            actor=actor, at=at,
        ),
        "Privacy notice published.",
    )  # fmt: skip
