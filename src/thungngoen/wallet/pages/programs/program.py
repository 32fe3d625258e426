"""``/console/programs/{id}``: one program's rules, its participants and shops (events),
and the operator's changes: edit the rules, deactivate."""

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.errors import DomainError
from thungngoen.wallet import programs
from thungngoen.wallet.pages.programs.program_form import (
    FIELD_OF_CODE,
    form_choices,
    posted_values,
    program_values,
    terms_from,
)
from thungngoen.wallet.pages.programs.program_queries import program_view
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import FieldErrors, refusal
from thungngoen.web.page_ops import read, write
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import OperatorPage, StaffPage, actor_of, may_act
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)
EVENT_FIELDS = {"event", "phone", "merchant_id"}
"""The fields of the event actions' forms; any other error is the edit form's."""


async def program_page(
    request: Request,
    user: User,
    program_id: int,
    errors: FieldErrors | None = None,
    values: dict[str, Any] | None = None,
    status: int = 200,
) -> Response:
    """The page, or the page again with a refused form's errors by field (``form``: the
    edit form's top, ``event``: the event actions' top)."""
    try:
        view = await read(request, lambda c: program_view(c, program_id))
    except programs.UnknownProgram:
        raise HTTPException(status_code=404) from None
    program = view.program
    context = {
        "view": view,
        "program": program,
        "may_act": may_act(user),
        "editable": program.closed_at is None,
        "closable": program.kind == "event" and program.closed_at is None,
        "now": utc_now(),
        "values": values or program_values(program),
        "field_errors": errors or {},
        "edit_failed": bool(set(errors or {}) - EVENT_FIELDS),
        **form_choices(),
    }
    return render(request, "wallet/programs/program.html", context, status_code=status)


@router.get("/console/programs/{program_id:id}")
async def show_program(request: Request, user: StaffPage, program_id: int) -> Response:
    return await program_page(request, user, program_id)


@router.post("/console/programs/{program_id:id}/edit")
async def edit_program(
    request: Request, user: OperatorPage, form: CheckedForm, program_id: int
) -> Response:
    values = posted_values(form)
    terms, errors = terms_from(request, values)
    if terms is None or errors:
        return await program_page(request, user, program_id, errors, values, 422)
    try:
        await write(
            request, lambda c: programs.update_program(c, program_id, terms, actor=actor_of(user))
        )
    except DomainError as error:
        errors = refusal(request, error, FIELD_OF_CODE)
        return await program_page(request, user, program_id, errors, values, 422)
    return see_other(request, f"/console/programs/{program_id}", flash="Program updated.")


@router.post("/console/programs/{program_id:id}/deactivate")
async def deactivate_program(
    request: Request, user: OperatorPage, form: CheckedForm, program_id: int
) -> Response:
    await write(request, lambda c: programs.deactivate_program(c, program_id, actor=actor_of(user)))
    return see_other(request, f"/console/programs/{program_id}", flash="Program deactivated.")
