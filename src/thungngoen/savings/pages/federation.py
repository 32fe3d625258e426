"""``/savings/federation``: the network's view — every group with its members, savings,
loans outstanding and overdue, members in arrears and growth, and the totals (the seed's
"16 groups, 56,000 baht", live). Aggregates only; anyone logged in reads it, the staff
open each group. The operator founds new groups here."""

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
    request: Request, user: User, values: dict[str, str], errors: FieldErrors
) -> Response:
    today = savings.thai_today()
    view = await read(request, lambda c: savings.federation_view(c, today))
    context: dict[str, Any] = {
        "view": view,
        "staff": user.role in access.STAFF,
        "may_found": user.role == "operator",
        "values": values,
        "field_errors": errors,
        "districts": districts(),
    }
    return render(request, "savings/federation.html", context, 422 if errors else 200)


@router.get("/savings/federation")
async def federation_page(request: Request, user: PageUser) -> Response:
    blank = {"tambon_code": "900101", "founded_on": savings.thai_today().isoformat()}
    return await _page(request, user, blank, {})


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
