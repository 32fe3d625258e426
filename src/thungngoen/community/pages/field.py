"""The phone page ``/data/field`` and the routes its script calls with the page's session
and CSRF token (the JSON API takes bearer tokens only): ``/data/field/assignments``,
``/data/field/entries``; and ``/data/field/conflicts``, where the collector sees their
conflicts and the office resolves them field by field."""

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError

from thungngoen.clock import utc_now
from thungngoen.community import access
from thungngoen.community.api.field import (
    assignments_work,
    conflicts_work,
    entries_work,
    resolve_work,
)
from thungngoen.community.api.schemas.field import BatchIn, ResolveIn
from thungngoen.community.pages.common import LABELS, checked_read, checked_write
from thungngoen.errors import DomainError
from thungngoen.web.api_errors import INVALID_REQUEST_TH, api_error
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.error_messages import error_text
from thungngoen.web.i18n import language_of
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import PageUser
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)
NOTICE_VERSION = "2026-1"
"""The privacy-notice version a collector shows before taking consent in the field (the
notice register, another part of issue 15, will supply the current one)."""
FIELD_LABELS = {
    "tenure": "Housing",
    "income_month": "Income a month",
    "debts": "Debts",
    "wish_to_relocate": "Wishes to relocate",
    "occupation": "Occupation",
    "education": "Education",
    "elderly_alone": "Elderly living alone",
    "child_out_of_school": "Children out of school",
    "bedridden": "Bedridden",
}
CONSENT_PURPOSE = "household survey of the network, collected in the field"


@router.get("/data/field")
async def field_page(request: Request, user: PageUser) -> Response:
    """The page shell: no personal data in it; the script fills it from the phone's store."""
    context = {**LABELS, "notice_version": NOTICE_VERSION, "consent_purpose": CONSENT_PURPOSE}
    return render(request, "community/field.html", context)


@router.get("/data/field/assignments")
async def field_assignments(request: Request, user: PageUser) -> Response:
    found = await checked_write(request, assignments_work(user, utc_now()))
    return JSONResponse(found.model_dump(mode="json"))


@router.post("/data/field/entries")
async def field_entries(request: Request, user: PageUser, form: CheckedForm) -> Response:
    """A batch of the phone's queue; the token comes in the ``X-CSRF-Token`` header."""
    try:
        body = BatchIn.model_validate_json(await request.body())
    except ValidationError as error:
        first = error.errors()[0] if error.errors() else {"loc": (), "msg": "not valid"}
        where = ".".join(str(part) for part in first["loc"]) or "entries"
        message = f"{where}: {first['msg']}"
        return api_error(422, "invalid_request", message, INVALID_REQUEST_TH)
    done = await checked_write(request, entries_work(user, body, utc_now()))
    return JSONResponse([outcome.model_dump(mode="json") for outcome in done])


@router.get("/data/field/conflicts")
async def conflicts_page(request: Request, user: PageUser, resolved: bool = False) -> Response:
    found = await checked_read(request, conflicts_work(user, not resolved))
    held = await checked_read(request, lambda c: access.duties(c, user))
    context = {"conflicts": found, "resolved": resolved, "field_labels": FIELD_LABELS}
    context |= {"resolver": held.coordinator, "leads": held.leads}
    return render(request, "community/field_conflicts.html", {**LABELS, **context})


@router.post("/data/field/conflicts/{conflict_id:id}")
async def resolve_page(
    request: Request, conflict_id: int, user: PageUser, form: CheckedForm
) -> Response:
    """Each field's radio says ``phone`` or ``office``."""
    chosen = [
        key[5:] for key, value in form.items() if key.startswith("take-") and value == "phone"
    ]
    body = ResolveIn(take_from_phone=[key[:30] for key in chosen[:10]])
    try:
        await checked_write(request, resolve_work(user, conflict_id, body, utc_now()))
    except DomainError as refused:
        message = error_text(refused, language_of(request))
        return see_other(request, "/data/field/conflicts", flash=message)
    return see_other(request, "/data/field/conflicts", flash="The conflict is resolved.")
