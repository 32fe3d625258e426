"""``/savings/groups/{id}/sheet``: the treasurer's monthly meeting sheet. One form, posted
as one linked batch under the form's idempotency key (posting it twice posts once); a
rejected sheet writes nothing and comes back as typed, the mistake next to its cell."""

import re
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen import savings
from thungngoen.auth.users import User
from thungngoen.errors import DomainError
from thungngoen.savings import access
from thungngoen.savings.pages.common import actor, checked_read, checked_write
from thungngoen.savings.pages.sheet_data import SheetSetup, first_values, sheet_setup
from thungngoen.savings.pages.sheet_form import SheetForm, read_sheet
from thungngoen.savings.texts import KIND_LABELS
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import rejection
from thungngoen.web.idempotency import form_key, new_form_key
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import PageUser
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)

CELL = re.compile(r"m\d+\.(commitment|voluntary|welfare|fine|withdrawal|repay\.\d+)")
ON_THE_FORM = re.compile(r"held_on|note|m\d+|loan\d+|(expense|grant|correction)\d+")


def _setup(connection: Connection, group_id: int, user: User) -> SheetSetup:
    access.require_recorder(connection, group_id, user)
    return sheet_setup(connection, group_id, savings.thai_today())


def _render(
    request: Request,
    setup: SheetSetup,
    values: dict[str, str],
    state: SheetForm,
    key: str,
) -> Response:
    context: dict[str, Any] = {
        "setup": setup,
        "values": values,
        "field_errors": state.errors,
        "idempotency_key": key,
        "kind_labels": KIND_LABELS,
    }
    status = 422 if state.errors else 200
    return render(request, "savings/sheet.html", context, status_code=status)


@router.get("/savings/groups/{group_id:id}/sheet")
async def sheet_page(request: Request, group_id: int, user: PageUser) -> Response:
    setup = await checked_read(request, lambda c: _setup(c, group_id, user))
    return _render(request, setup, first_values(setup), SheetForm(), new_form_key())


@router.post("/savings/groups/{group_id:id}/sheet")
async def post_sheet(
    request: Request, group_id: int, user: PageUser, form: CheckedForm
) -> Response:
    key = form_key(form)
    sheet, state = read_sheet(request, form, group_id)
    if sheet is not None:
        try:
            meeting = await checked_write(request, lambda c: _post(c, sheet, key, user))
        except DomainError as error:
            state.errors[_field_of(state, error)] = rejection(request, error)
            if error.code == "idempotency_conflict":  # an old form, changed: a new sheet
                key = new_form_key()
        else:
            return see_other(request, f"/savings/meetings/{meeting.id}", flash="Meeting posted.")
    setup = await checked_read(request, lambda c: _setup(c, group_id, user))
    return _render(request, setup, form, state, key)


def _post(
    connection: Connection, sheet: savings.MeetingSheet, key: str, user: User
) -> savings.Meeting:
    access.require_recorder(connection, sheet.group_id, user)
    return savings.post_meeting(connection, sheet, idempotency_key=key, actor=actor(user))


def _field_of(state: SheetForm, error: DomainError) -> str:
    """Where on the form a rejection shows: its cell, its row, or the top of the form."""
    where = state.where(str(getattr(error, "field", "")))
    if CELL.fullmatch(where) or ON_THE_FORM.fullmatch(where):
        return where
    row = re.match(r"m\d+", where)
    return row.group(0) if row else "form"
