"""``/savings/groups/{id}/share-out``: the year-end share-out, previewed for any day
(profit, the enterprise allocation, dividends by savings-months, welfare and reserve
shares) and posted by the chair or treasurer once per form (its idempotency key)."""

from datetime import date
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen import savings
from thungngoen.auth.users import User
from thungngoen.errors import DomainError
from thungngoen.savings import access
from thungngoen.savings.pages.common import (
    actor,
    checked_read,
    checked_write,
    powers_in,
    required_day,
)
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import FieldErrors, rejection
from thungngoen.web.form_values import typed_day
from thungngoen.web.idempotency import form_key, new_form_key
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import PageUser
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)


def _preview(connection: Connection, group_id: int, user: User, day: date) -> dict[str, Any]:
    access.require_group_reader(connection, group_id, user)
    return {
        "group": savings.get_group(connection, group_id),
        "preview": savings.preview_shareout(connection, group_id, day),
        "powers": powers_in(connection, group_id, user),
    }


async def _page(
    request: Request, group_id: int, user: User, day: date, key: str, errors: FieldErrors
) -> Response:
    found = await checked_read(request, lambda c: _preview(c, group_id, user, day))
    context = {**found, "day": day, "idempotency_key": key, "field_errors": errors}
    return render(request, "savings/shareout.html", context, 422 if errors else 200)


@router.get("/savings/groups/{group_id:id}/share-out")
async def shareout_page(
    request: Request, group_id: int, user: PageUser, held_on: str = ""
) -> Response:
    day = typed_day(held_on) or savings.thai_today()
    return await _page(request, group_id, user, day, new_form_key(), {})


@router.post("/savings/groups/{group_id:id}/share-out")
async def post_shareout(
    request: Request, group_id: int, user: PageUser, form: CheckedForm
) -> Response:
    key = form_key(form)
    errors: FieldErrors = {}
    day = required_day(request, form, "held_on", errors)
    if day is None:
        return await _page(request, group_id, user, savings.thai_today(), key, errors)

    def work(connection: Connection) -> savings.ShareOutRecord:
        access.require_recorder(connection, group_id, user)
        return savings.post_shareout(
            connection, group_id, held_on=day, idempotency_key=key, actor=actor(user)
        )

    try:
        await checked_write(request, work)
    except DomainError as error:
        return await _page(request, group_id, user, day, key, {"form": rejection(request, error)})
    return see_other(request, f"/savings/groups/{group_id}", flash="Share-out posted.")
