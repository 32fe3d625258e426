"""``/savings/groups/{id}/setup``: a group's members, officers and regulation. The chair,
treasurer or secretary (and the operator) enrol members (linked to their wallet by its
phone number, or by name only), appoint officers and set a new version of the rules;
the group's other officers and the staff read them."""

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen import savings
from thungngoen.auth.users import User, find_by_phone
from thungngoen.errors import DomainError
from thungngoen.savings import access
from thungngoen.savings.pages.common import (
    actor,
    checked_read,
    checked_write,
    powers_in,
    required_day,
    whole_number,
)
from thungngoen.savings.pages.regulation_form import read_regulation, regulation_values
from thungngoen.savings.tables import ENTERPRISE_BASES, INTEREST_METHODS, OFFICES, REPAYMENT_METHODS
from thungngoen.savings.texts import OFFICE_LABELS
from thungngoen.wallet import member_for_user
from thungngoen.wallet.errors import UnknownMember
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import FieldErrors, refusal, translated
from thungngoen.web.form_values import typed_phone
from thungngoen.web.page_ops import read
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import PageUser
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)
NO_WALLET = "No wallet has this phone number."
CHOICE_LABELS = {
    "flat": "Flat rate on the amount lent",
    "declining": "On the declining balance",
    "equal_instalments": "Equal instalments",
    "equal_principal": "Equal principal",
    "deposits": "The year's deposits",
    "profit": "The year's profit",
}
FIELD_OF_CODE = {
    "invalid_savings_member": "name",
    "invalid_officer": "member_id",
    "unknown_savings_member": "member_id",
    "invalid_regulation": "regulation",
}


def _setup(connection: Connection, group_id: int, user: User) -> dict[str, Any]:
    access.require_group_reader(connection, group_id, user)
    today = savings.thai_today()
    return {
        "group": savings.get_group(connection, group_id),
        "members": savings.list_members(connection, group_id),
        "officers": savings.active_officers(connection, group_id),
        "rules": savings.regulation_on(connection, group_id, today),
        "history": savings.versions(connection, group_id),
        "powers": powers_in(connection, group_id, user),
        "today": today,
    }


async def _page(
    request: Request, group_id: int, user: User, values: dict[str, str], errors: FieldErrors
) -> Response:
    found = await checked_read(request, lambda c: _setup(c, group_id, user))
    context = {
        **found,
        "values": regulation_values(found["rules"], found["today"]) | values,
        "field_errors": errors,
        "names": {member.id: member.name for member in found["members"]},
        "office_labels": OFFICE_LABELS,
        "offices": OFFICES,
        "interest_methods": INTEREST_METHODS,
        "repayment_methods": REPAYMENT_METHODS,
        "enterprise_bases": ENTERPRISE_BASES,
        "choice_labels": CHOICE_LABELS,
    }
    return render(request, "savings/setup.html", context, 422 if errors else 200)


@router.get("/savings/groups/{group_id:id}/setup")
async def setup_page(request: Request, group_id: int, user: PageUser) -> Response:
    today = savings.thai_today().isoformat()
    return await _page(request, group_id, user, {"joined_on": today, "appointed_on": today}, {})


async def _set_up(
    request: Request,
    group_id: int,
    user: User,
    form: dict[str, str],
    work: Callable[[Connection], object],
    flash: str,
) -> Response:
    def checked(connection: Connection) -> object:
        access.require_setup(connection, group_id, user)
        return work(connection)

    try:
        await checked_write(request, checked)
    except DomainError as error:
        return await _page(request, group_id, user, form, refusal(request, error, FIELD_OF_CODE))
    return see_other(request, f"/savings/groups/{group_id}/setup", flash=flash)


def _wallet_of(connection: Connection, phone: str) -> int | None:
    """The wallet of the member with this phone number, if there is one."""
    user = find_by_phone(connection, phone)
    try:
        return member_for_user(connection, user.id).id if user else None
    except UnknownMember:
        return None


@router.post("/savings/groups/{group_id:id}/members")
async def add_member(
    request: Request, group_id: int, user: PageUser, form: CheckedForm
) -> Response:
    errors: FieldErrors = {}
    joined_on = required_day(request, form, "joined_on", errors)
    phone = None
    if form.get("phone", "").strip():
        try:
            phone = typed_phone(form["phone"])
        except ValueError as problem:
            errors["phone"] = translated(request, str(problem))
    wallet = await read(request, lambda c: _wallet_of(c, phone)) if phone else None
    if phone and wallet is None:
        errors["phone"] = translated(request, NO_WALLET)
    if errors or joined_on is None:
        return await _page(request, group_id, user, form, errors)

    def work(connection: Connection) -> savings.SavingsMember:
        return savings.add_member(
            connection,
            group_id,
            name=form.get("name", "").strip(),
            community=form.get("community", "").strip() or None,
            wallet_member_id=wallet,
            joined_on=joined_on,
            actor=actor(user),
        )

    return await _set_up(request, group_id, user, form, work, "Member enrolled.")


@router.post("/savings/groups/{group_id:id}/officers")
async def appoint(request: Request, group_id: int, user: PageUser, form: CheckedForm) -> Response:
    errors: FieldErrors = {}
    member_id = whole_number(request, form, "member_id", errors)
    appointed_on = required_day(request, form, "appointed_on", errors)
    if errors or appointed_on is None:
        return await _page(request, group_id, user, form, errors)
    return await _set_up(
        request,
        group_id,
        user,
        form,
        lambda c: savings.appoint_officer(
            c,
            group_id,
            member_id=member_id,
            office=form.get("office", ""),
            appointed_on=appointed_on,
            actor=actor(user),
            appointed_by=user.id,
        ),
        "Officer appointed.",
    )


@router.post("/savings/groups/{group_id:id}/regulation")
async def set_regulation(
    request: Request, group_id: int, user: PageUser, form: CheckedForm
) -> Response:
    terms, day, errors = read_regulation(request, form)
    if terms is None or day is None:
        return await _page(request, group_id, user, form, errors)
    return await _set_up(
        request,
        group_id,
        user,
        form,
        lambda c: savings.set_regulation(c, group_id, terms, effective_from=day, actor=actor(user)),
        "Regulation saved.",
    )
