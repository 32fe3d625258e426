"""Web Push on this device, from ``/inbox/settings``: the page's script subscribes the
browser and posts the subscription in a form (the page's session and CSRF token, like
every form); the list of my devices removes one."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen.auth.notifications import device_name
from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.communication import access
from thungngoen.communication.pages.preferences import settings_page
from thungngoen.communication.preferences import preferences_of
from thungngoen.communication.push_subscriptions import checked, subscribe, unsubscribe
from thungngoen.errors import DomainError
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import rejection
from thungngoen.web.page_ops import read, write
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import page_role

router = APIRouter(include_in_schema=False)
Reader = Annotated[User, Depends(page_role(*access.READERS))]


async def _refused(request: Request, user: User, refused: DomainError) -> Response:
    chosen = await read(request, lambda c: preferences_of(c, user.id))
    return await settings_page(request, user, chosen, rejection(request, refused))


@router.post("/inbox/settings/push")
async def turn_on(request: Request, user: Reader, form: CheckedForm) -> Response:
    label = device_name(request.headers.get("User-Agent", ""))

    def keep(connection: Connection) -> None:
        access.require_may_mark(user)
        found = checked(form.get("endpoint", ""), form.get("p256dh", ""), form.get("auth", ""))
        subscribe(connection, user.id, found, label, utc_now())

    try:
        await write(request, keep)
    except DomainError as refused:
        return await _refused(request, user, refused)
    return see_other(request, "/inbox/settings", flash="Notifications are on for this device.")


@router.post("/inbox/settings/push/remove")
async def turn_off(request: Request, user: Reader, form: CheckedForm) -> Response:
    """By endpoint (the switch on this device) or by number (the list of devices)."""
    endpoint, number = form.get("endpoint", ""), form.get("number", "")

    def remove(connection: Connection) -> None:
        access.require_may_mark(user)
        count = int(number) if number.isdigit() and len(number) < 19 else 0
        unsubscribe(connection, user.id, endpoint=endpoint, number=count)

    try:
        await write(request, remove)
    except DomainError as refused:
        return await _refused(request, user, refused)
    return see_other(request, "/inbox/settings", flash="The device gets no more notifications.")
