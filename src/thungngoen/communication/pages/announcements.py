"""``/notify/announcements``: the coordinator's composer — Thai and English texts, the
audience with how many people it reaches, when to send, a preview of the message as the
people will read it — and the list with approve and cancel (auditors read only)."""

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen import notify
from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.communication import access, announcements
from thungngoen.communication.texts import ANNOUNCEMENT_STATUS
from thungngoen.errors import DomainError
from thungngoen.thai import THAI_TIME
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import rejection, translated
from thungngoen.web.page_ops import read, write
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import page_role
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)
Staff = Annotated[User, Depends(page_role(*access.DELIVERY_READERS))]
Announcer = Annotated[User, Depends(page_role(*access.ANNOUNCERS))]
FIELDS = ("title_th", "body_th", "title_en", "body_en", "audience", "audience_value", "send_at")
BAD_MOMENT = "Give the day and time to send, or leave it empty to send once approved."


async def _page(
    request: Request, user: User, form: dict[str, str], extra: dict[str, Any] | None = None
) -> Response:
    rows = await read(request, announcements.recent)
    context = {
        "rows": rows,
        "form": form,
        "audiences": notify.all_audiences(),
        "status_labels": ANNOUNCEMENT_STATUS,
        "may_announce": user.role in access.ANNOUNCERS,
        **(extra or {}),
    }
    status = 422 if extra and extra.get("error") else 200
    return render(request, "communication/announcements.html", context, status)


@router.get("/notify/announcements")
async def announcements_page(request: Request, user: Staff) -> Response:
    return await _page(request, user, {"audience": "everyone"})


def _draft(form: dict[str, str]) -> announcements.Draft:
    """The form as a draft; ``ValueError`` for a moment that is not one."""
    typed = form.get("send_at", "").strip()
    send_at = (
        datetime.strptime(typed, "%Y-%m-%dT%H:%M").replace(tzinfo=THAI_TIME) if typed else utc_now()
    )
    texts = {name: form.get(name, "").strip() for name in FIELDS[:6]}
    return announcements.Draft(**texts, send_at=send_at)


@router.post("/notify/announcements/preview")
async def preview(request: Request, user: Announcer, form: CheckedForm) -> Response:
    try:
        draft = _draft(form)
        people = await read(
            request, lambda c: announcements.audience_count(c, draft.audience, draft.audience_value)
        )
    except ValueError:
        return await _page(request, user, form, {"error": translated(request, BAD_MOMENT)})
    except DomainError as refused:
        return await _page(request, user, form, {"error": rejection(request, refused)})
    return await _page(request, user, form, {"preview": draft, "people": people})


@router.post("/notify/announcements")
async def write_one(request: Request, user: Announcer, form: CheckedForm) -> Response:
    try:
        draft = _draft(form)
        await write(
            request, lambda c: announcements.write_announcement(c, draft, user.id, utc_now())
        )
    except ValueError:
        return await _page(request, user, form, {"error": translated(request, BAD_MOMENT)})
    except DomainError as refused:
        return await _page(request, user, form, {"error": rejection(request, refused)})
    return see_other(request, "/notify/announcements", flash="Draft saved: approve it to send.")


@router.post("/notify/announcements/{announcement_id:id}/approve")
async def approve(
    request: Request, announcement_id: int, user: Announcer, form: CheckedForm
) -> Response:
    now = utc_now()
    await write(request, lambda c: announcements.approve(c, announcement_id, user.id, now))
    return see_other(request, "/notify/announcements", flash="Approved: it goes at its time.")


@router.post("/notify/announcements/{announcement_id:id}/cancel")
async def cancel(
    request: Request, announcement_id: int, user: Announcer, form: CheckedForm
) -> Response:
    def cancelled(connection: Connection) -> None:
        announcements.cancel(connection, announcement_id, user.id)

    await write(request, cancelled)
    return see_other(request, "/notify/announcements", flash="Announcement cancelled.")
