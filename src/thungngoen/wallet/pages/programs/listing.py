"""``/console/programs``: every program with its rules, and the form that creates one."""

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.errors import DomainError
from thungngoen.wallet import programs
from thungngoen.wallet.pages.programs.program_form import (
    FIELD_OF_CODE,
    form_choices,
    posted_values,
    terms_from,
)
from thungngoen.wallet.pages.programs.program_queries import area_names
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import REQUIRED, FieldErrors, refusal, translated
from thungngoen.web.form_fields import local_input
from thungngoen.web.page_ops import read, write
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import OperatorPage, StaffPage, actor_of, may_act
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)


def _blank_values() -> dict[str, Any]:
    return {
        "code": "",
        "name": "",
        "kind": "sandbox",
        "valid_from": local_input(utc_now()),
        "valid_until": "",
        "daily_limit": "",
        "monthly_limit": "",
        "fund_code": "",
        "allowance": "",
        "area": set(),
        "excluded": set(),
    }


async def _list_page(
    request: Request,
    user: User,
    values: dict[str, Any],
    errors: FieldErrors,
    status: int = 200,
) -> Response:
    found = await read(request, lambda c: programs.list_programs(c))
    context = {
        "programs": [(program, area_names(program)) for program in found],
        "may_act": may_act(user),
        "values": values,
        "field_errors": errors,
        **form_choices(),
    }
    return render(request, "wallet/programs/programs.html", context, status_code=status)


@router.get("/console/programs")
async def programs_page(request: Request, user: StaffPage) -> Response:
    return await _list_page(request, user, _blank_values(), {})


@router.post("/console/programs")
async def create_program(request: Request, user: OperatorPage, form: CheckedForm) -> Response:
    values = posted_values(form)
    terms, errors = terms_from(request, values)
    if not values["code"]:
        errors["code"] = translated(request, REQUIRED)
    if terms is None or errors:
        return await _list_page(request, user, values, errors, status=422)
    try:
        program = await write(
            request,
            lambda c: programs.create_program(
                c, code=values["code"], kind=values["kind"], terms=terms, actor=actor_of(user)
            ),
        )
    except DomainError as error:
        return await _list_page(request, user, values, refusal(request, error, FIELD_OF_CODE), 422)
    return see_other(request, f"/console/programs/{program.id}", flash="Program created.")
