"""``/inbox/settings``: what I am told where — my language, quiet hours, my email, and
per category the channels I want (receipts and security notices always come); Web Push
on this device (``pages/push.py``)."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen import notify
from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.communication import access
from thungngoen.communication.line_link import issue_link_code
from thungngoen.communication.pages.push_context import push_context
from thungngoen.communication.preferences import (
    ADDRESSED,
    CHANNELS,
    Preferences,
    preferences_of,
    save_preferences,
)
from thungngoen.communication.texts import CATEGORY_LABELS, CHANNEL_LABELS, DIGEST_LABELS
from thungngoen.errors import DomainError
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import rejection
from thungngoen.web.page_ops import read, write
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import page_role
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)
Reader = Annotated[User, Depends(page_role(*access.READERS))]
SWITCHABLE: tuple[str, ...] = tuple(
    category
    for category in notify.CATEGORIES
    if category != "security"  # every security notice is mandatory
)


async def settings_page(
    request: Request,
    user: User,
    chosen: Preferences,
    error: str | None = None,
    line_code: str | None = None,
) -> Response:
    context = {
        **await push_context(request, user),
        "line_code": line_code,
        "chosen": chosen,
        "categories": SWITCHABLE,
        "channels": CHANNELS,
        "category_labels": CATEGORY_LABELS,
        "channel_labels": CHANNEL_LABELS,
        "digest_choices": DIGEST_LABELS,
        "may_change": access.may_mark(user),
        "error": error,
    }
    return render(request, "communication/preferences.html", context, 422 if error else 200)


@router.get("/inbox/settings")
async def preferences_page(request: Request, user: Reader) -> Response:
    chosen = await read(request, lambda c: preferences_of(c, user.id))
    return await settings_page(request, user, chosen)


def _posted(form: dict[str, str]) -> Preferences:
    reach = {
        channel: form[f"address-{channel}"].strip()
        for channel in ADDRESSED
        if form.get(f"address-{channel}", "").strip()
    }
    off = {
        (category, channel)
        for category in SWITCHABLE
        for channel in CHANNELS
        if f"want-{category}-{channel}" not in form
    }
    language = "en" if form.get("language") == "en" else "th"
    digest = form.get("digest", "weekly")
    return Preferences(language, "quiet_hours" in form, reach, off, digest)


@router.post("/inbox/settings")
async def save(request: Request, user: Reader, form: CheckedForm) -> Response:
    chosen = _posted(form)

    def saved(connection: Connection) -> None:
        access.require_may_mark(user)
        save_preferences(connection, user.id, chosen, utc_now())

    try:
        await write(request, saved)
    except DomainError as refused:
        return await settings_page(request, user, chosen, rejection(request, refused))
    return see_other(request, "/inbox/settings", flash="Your choices are saved.")


@router.post("/inbox/settings/line-code")
async def line_code(request: Request, user: Reader, form: CheckedForm) -> Response:
    def issue(connection: Connection) -> tuple[str, Preferences]:
        access.require_may_mark(user)
        code = issue_link_code(connection, user.id, utc_now())
        return code, preferences_of(connection, user.id)

    code, chosen = await write(request, issue)
    return await settings_page(request, user, chosen, line_code=code)
