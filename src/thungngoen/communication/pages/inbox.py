"""``/inbox``: my notifications, newest first. Opening one marks it read and follows its
link; the count of unread messages shows in every page's header (``web.sessions``)."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen import communication
from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.communication import access
from thungngoen.notify import INBOX_PAGE, language_named
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.i18n import language_of
from thungngoen.web.page_ops import read, write
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.paging import cursor
from thungngoen.web.sessions import page_role
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)
Reader = Annotated[User, Depends(page_role(*access.READERS))]


@router.get("/inbox")
async def inbox_page(request: Request, user: Reader) -> Response:
    language = language_named(language_of(request))
    before = cursor(request.query_params.get("before", ""))
    messages = await read(request, lambda c: communication.inbox(c, user.id, language, before))
    context = {
        "messages": messages,
        "may_mark": access.may_mark(user),
        "older": messages[-1].id if len(messages) == INBOX_PAGE else None,
    }
    return render(request, "communication/inbox.html", context)


@router.post("/inbox/{notification_id:id}/open")
async def open_message(
    request: Request, notification_id: int, user: Reader, form: CheckedForm
) -> Response:
    language = language_named(language_of(request))

    def opened(connection: Connection) -> str:
        access.require_may_mark(user)
        communication.mark_read(connection, user.id, notification_id, utc_now())
        return communication.message(connection, user.id, notification_id, language).link

    return see_other(request, await write(request, opened) or "/inbox")


@router.post("/inbox/read-all")
async def read_all(request: Request, user: Reader, form: CheckedForm) -> Response:
    def mark(connection: Connection) -> None:
        access.require_may_mark(user)
        communication.mark_all_read(connection, user.id, utc_now())

    await write(request, mark)
    return see_other(request, "/inbox")
