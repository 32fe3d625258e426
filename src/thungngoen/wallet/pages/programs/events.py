"""An event program's actions: register a participant (their allowance is credited from the
event's fund, once per member), list a shop that takes the allowance, close the event
after its expiry (what is left returns to the fund)."""

from collections.abc import Callable

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.errors import DomainError
from thungngoen.wallet import programs
from thungngoen.wallet.pages.programs.program import program_page
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import REQUIRED, rejection, translated
from thungngoen.web.form_values import typed_phone
from thungngoen.web.page_ops import write
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import OperatorPage, actor_of

router = APIRouter(include_in_schema=False)


async def _act(
    request: Request,
    user: User,
    program_id: int,
    field: str,
    work: Callable[[Connection], object],
    flash: str,
) -> Response:
    """Run one event action; a refusal shows on the program page next to ``field``."""
    try:
        await write(request, work)
    except DomainError as error:
        errors = {field: rejection(request, error)}
        return await program_page(request, user, program_id, errors, status=422)
    return see_other(request, f"/console/programs/{program_id}", flash=flash)


@router.post("/console/programs/{program_id:id}/participants")
async def register_participant(
    request: Request, user: OperatorPage, form: CheckedForm, program_id: int
) -> Response:
    """The member is named by their phone, in the form's body (never in a URL)."""
    try:
        phone = typed_phone(form.get("phone", ""))
    except ValueError as problem:
        text = translated(request, str(problem))
        return await program_page(request, user, program_id, {"phone": text}, status=422)
    return await _act(
        request,
        user,
        program_id,
        "phone",
        lambda c: programs.register_by_phone(
            c, program_id, phone, actor=actor_of(user), now=utc_now()
        ),
        "Participant registered: the allowance is credited.",
    )


@router.post("/console/programs/{program_id:id}/merchants")
async def add_event_merchant(
    request: Request, user: OperatorPage, form: CheckedForm, program_id: int
) -> Response:
    chosen = form.get("merchant_id", "")
    if not chosen.isdigit():
        errors = {"merchant_id": translated(request, REQUIRED)}
        return await program_page(request, user, program_id, errors, status=422)
    return await _act(
        request,
        user,
        program_id,
        "merchant_id",
        lambda c: programs.add_event_merchant(c, program_id, int(chosen), actor=actor_of(user)),
        "The shop now takes this event's allowance.",
    )


@router.post("/console/programs/{program_id:id}/close")
async def close_event(
    request: Request, user: OperatorPage, form: CheckedForm, program_id: int
) -> Response:
    return await _act(
        request,
        user,
        program_id,
        "event",
        lambda c: programs.close_event(c, program_id, utc_now(), actor=actor_of(user)),
        "Event closed: what was left of the allowances went back to the fund.",
    )
