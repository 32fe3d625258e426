"""``/savings/federation``: the network's view — every group with its members, savings,
loans outstanding and overdue, members in arrears and growth, and the totals (the seed's
"16 groups, 56,000 baht", live). Aggregates only; anyone logged in reads it, the staff
open each group. The operator founds new groups here."""

from datetime import date
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from thungngoen import savings
from thungngoen.auth.users import User
from thungngoen.errors import DomainError
from thungngoen.savings import access
from thungngoen.savings.pages.common import actor, checked_write, required_day
from thungngoen.wallet.pages import districts
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import REQUIRED, FieldErrors, refusal, translated
from thungngoen.web.page_ops import read
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import OperatorPage, PageUser
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)

GROUP_FIELDS = ("code", "name", "community", "tambon_code", "founded_on", "enterprise_code")
FIELD_OF_CODE = {
    "duplicate_savings_group": "code",
    "invalid_savings_group": "code",
    "unknown_place": "tambon_code",
    "unknown_enterprise": "enterprise_code",
}


async def _page(
    request: Request,
    user: User,
    values: dict[str, str],
    errors: FieldErrors,
    as_of: date | None = None,
) -> Response:
    day = as_of or savings.thai_today()
    view = await read(request, lambda c: savings.federation_view(c, day))
    context: dict[str, Any] = {
        "view": view,
        "as_of_value": values.get("as_of", day.isoformat()),
        "staff": user.role in access.STAFF,
        "may_found": user.role == "operator",
        "values": values,
        "as_of_errors": {name: text for name, text in errors.items() if name == "as_of"},
        "field_errors": {name: text for name, text in errors.items() if name != "as_of"},
        "districts": districts(),
    }
    return render(request, "savings/federation.html", context, 422 if errors else 200)


@router.get("/savings/federation")
async def federation_page(request: Request, user: PageUser, as_of: str = "") -> Response:
    """The view as of today, or as of the day in ``?as_of=`` (a field error when that is not
    a day, or a day after today: the figures are then today's)."""
    blank = {"tambon_code": "900101", "founded_on": savings.thai_today().isoformat()}
    if not as_of.strip():
        return await _page(request, user, blank, {})
    errors: FieldErrors = {}
    day = required_day(request, {"as_of": as_of}, "as_of", errors)
    if day is not None:
        try:
            savings.check_report_day(day)
        except DomainError as error:
            errors = refusal(request, error, {}, "as_of")
    if errors or day is None:
        return await _page(request, user, {**blank, "as_of": as_of[:40]}, errors)
    return await _page(request, user, blank, {}, day)


@router.post("/savings/groups")
async def found_group(request: Request, user: OperatorPage, form: CheckedForm) -> Response:
    values = {name: form.get(name, "").strip() for name in GROUP_FIELDS}
    errors: FieldErrors = {
        name: translated(request, REQUIRED)
        for name in ("code", "name", "community", "tambon_code")
        if not values[name]
    }
    founded_on = required_day(request, values, "founded_on", errors)
    if errors or founded_on is None:
        return await _page(request, user, values, errors)
    try:
        group = await checked_write(
            request,
            lambda c: savings.create_group(
                c,
                code=values["code"],
                name=values["name"],
                tambon_code=values["tambon_code"],
                community=values["community"],
                founded_on=founded_on,
                enterprise_code=values["enterprise_code"] or None,
                status="forming",
                actor=actor(user),
            ),
        )
    except DomainError as error:
        return await _page(request, user, values, refusal(request, error, FIELD_OF_CODE))
    return see_other(request, f"/savings/groups/{group.id}/setup", flash="Group founded.")
