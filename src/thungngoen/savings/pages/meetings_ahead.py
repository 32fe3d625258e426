"""``/savings/groups/{id}/next-meetings``: the group's meetings ahead. The chair,
treasurer or secretary (and the operator) plan one, or the same day of each of the next
months at once, move one or cancel it; the group's other officers and the staff read
them. The members are reminded the day before (``savings.reminders``)."""

from collections.abc import Callable
from datetime import date, time
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen import savings
from thungngoen.auth.users import User
from thungngoen.errors import DomainError
from thungngoen.savings import access
from thungngoen.savings.meeting_rules import typed_time
from thungngoen.savings.pages.common import (
    actor,
    checked_read,
    checked_write,
    powers_in,
    required_day,
    whole_number,
)
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import FieldErrors, rejection, translated
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import PageUser
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)
BAD_TIME = "Type a time like 09:30."


def _time(request: Request, form: dict[str, str], name: str, errors: FieldErrors) -> time:
    found = typed_time(form.get(name, ""))
    if found is None:
        errors[name] = translated(request, BAD_TIME)
    return found or time()


def _ahead(connection: Connection, group_id: int, user: User, today: date) -> dict[str, Any]:
    group = access.require_group_reader(connection, group_id, user)
    return {
        "group": group,
        "ahead": savings.meetings_ahead(connection, group_id, today),
        "powers": powers_in(connection, group_id, user),
        "today": today,
    }


async def _page(
    request: Request, group_id: int, user: User, values: dict[str, str], errors: FieldErrors
) -> Response:
    today = savings.thai_today()
    found = await checked_read(request, lambda c: _ahead(c, group_id, user, today))
    defaults = {"starts_at": "09:00", "monthly_starts_at": "09:00", "months": "12"}
    context = {**found, "values": defaults | values, "field_errors": errors}
    return render(request, "savings/meetings_ahead.html", context, 422 if errors else 200)


@router.get("/savings/groups/{group_id:id}/next-meetings")
async def meetings_page(request: Request, group_id: int, user: PageUser) -> Response:
    return await _page(request, group_id, user, {}, {})


async def _plan(
    request: Request,
    group_id: int,
    user: User,
    form: dict[str, str],
    work: Callable[[Connection], object],
    where: Callable[[str], str] = lambda field: field,
) -> Response:
    """``work`` after the access check; a refusal shows next to its field, ``where`` it
    is on the form that was sent."""

    def checked(connection: Connection) -> object:
        access.require_setup(connection, group_id, user)
        return work(connection)

    try:
        await checked_write(request, checked)
    except DomainError as error:
        errors = {where(getattr(error, "field", "") or "form"): rejection(request, error)}
        return await _page(request, group_id, user, form, errors)
    flash = "Meetings planned."
    return see_other(request, f"/savings/groups/{group_id}/next-meetings", flash=flash)


@router.post("/savings/groups/{group_id:id}/next-meetings")
async def plan_one(request: Request, group_id: int, user: PageUser, form: CheckedForm) -> Response:
    errors: FieldErrors = {}
    meets_on = required_day(request, form, "meets_on", errors)
    starts_at = _time(request, form, "starts_at", errors)
    if errors or meets_on is None:
        return await _page(request, group_id, user, form, errors)
    today = savings.thai_today()

    def work(connection: Connection) -> object:
        return savings.plan_meeting(
            connection,
            group_id,
            meets_on=meets_on,
            starts_at=starts_at,
            place=form.get("place", ""),
            today=today,
            actor=actor(user),
        )

    return await _plan(request, group_id, user, form, work)


@router.post("/savings/groups/{group_id:id}/next-meetings/monthly")
async def plan_months(
    request: Request, group_id: int, user: PageUser, form: CheckedForm
) -> Response:
    errors: FieldErrors = {}
    day = whole_number(request, form, "day", errors)
    months = whole_number(request, form, "months", errors)
    starts_at = _time(request, form, "monthly_starts_at", errors)
    if errors:
        return await _page(request, group_id, user, form, errors)
    today = savings.thai_today()

    def work(connection: Connection) -> object:
        return savings.plan_monthly(
            connection,
            group_id,
            day=day,
            months=months,
            starts_at=starts_at,
            place=form.get("monthly_place", ""),
            today=today,
            actor=actor(user),
        )

    return await _plan(request, group_id, user, form, work, _monthly)


def _monthly(field: str) -> str:
    return f"monthly_{field}" if field in ("starts_at", "place") else field


def _on_top(field: str) -> str:
    """A change or a cancellation is a row's small form: its refusal shows over the page."""
    return "form"


async def _group_of(request: Request, plan_id: int) -> int:
    planned = await checked_read(request, lambda c: savings.get_planned(c, plan_id))
    return planned.group_id


@router.post("/savings/next-meetings/{plan_id:id}")
async def change(request: Request, plan_id: int, user: PageUser, form: CheckedForm) -> Response:
    group_id = await _group_of(request, plan_id)
    errors: FieldErrors = {}
    meets_on = required_day(request, form, "meets_on", errors)
    starts_at = _time(request, form, "starts_at", errors)
    if errors or meets_on is None:
        return await _page(request, group_id, user, {}, {"form": next(iter(errors.values()))})
    today = savings.thai_today()

    def work(connection: Connection) -> object:
        return savings.change_meeting(
            connection,
            plan_id,
            meets_on=meets_on,
            starts_at=starts_at,
            place=form.get("place", ""),
            today=today,
            actor=actor(user),
        )

    return await _plan(request, group_id, user, {}, work, _on_top)


@router.post("/savings/next-meetings/{plan_id:id}/cancel")
async def cancel(request: Request, plan_id: int, user: PageUser, form: CheckedForm) -> Response:
    group_id = await _group_of(request, plan_id)
    today = savings.thai_today()

    def work(connection: Connection) -> object:
        savings.cancel_meeting(connection, plan_id, today=today, actor=actor(user))
        return None

    return await _plan(request, group_id, user, {}, work, _on_top)
