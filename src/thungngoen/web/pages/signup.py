"""Members sign themselves up: phone, name, password, community, sub-district."""

from itertools import groupby
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import Connection, Engine

from thungngoen.auth import tokens
from thungngoen.auth.users import MIN_PASSWORD_LENGTH
from thungngoen.db import write_transaction
from thungngoen.errors import DomainError
from thungngoen.registry.places import Tambon, tambons
from thungngoen.thai import normalize_phone, validate_national_id
from thungngoen.wallet import people
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.error_messages import error_text
from thungngoen.web.i18n import language_of, translate
from thungngoen.web.pages.auth import start_session
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import session_user
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)

FIELDS = ("phone", "name", "password", "community", "tambon_code", "national_id")
REQUIRED = ("phone", "name", "password", "tambon_code")
FIELD_OF_CODE = {
    "duplicate_phone": "phone",
    "duplicate_national_id": "national_id",
    "unknown_place": "tambon_code",
}


def districts() -> list[tuple[str, list[Tambon]]]:
    """Sub-districts grouped by district, both in Thai alphabetical order."""
    places = sorted(tambons().values(), key=lambda place: (place.amphoe, place.name))
    return [(amphoe, list(group)) for amphoe, group in groupby(places, lambda p: p.amphoe)]


def _form_page(
    request: Request, values: dict[str, str], field_errors: dict[str, str], status: int = 200
) -> Response:
    context: dict[str, Any] = {
        "values": values,
        "field_errors": field_errors,
        "districts": districts(),
    }
    return render(request, "pages/signup.html", context, status_code=status)


def field_errors_of(values: dict[str, str]) -> dict[str, str]:
    """Mistakes a person can fix before anything is written (English catalogue texts)."""
    found = {field: "This field is required." for field in REQUIRED if not values[field]}
    if "phone" not in found:
        try:
            normalize_phone(values["phone"])
        except ValueError:
            found["phone"] = "Not a Thai mobile number."
    if "password" not in found and len(values["password"]) < MIN_PASSWORD_LENGTH:
        found["password"] = "A password needs at least 8 characters."
    if values["national_id"]:
        try:
            validate_national_id(values["national_id"])
        except ValueError:
            found["national_id"] = "Not a valid Thai national ID."
    return found


def _register(engine: Engine, values: dict[str, str]) -> str:
    def work(connection: Connection) -> str:
        member = people.register_member(
            connection,
            phone=values["phone"],
            name=values["name"],
            password=values["password"],
            tambon_code=values["tambon_code"],
            community=values["community"],
            national_id=values["national_id"] or None,
        )
        actor = f"user:{member.user_id}"
        return tokens.issue_token(connection, member.user_id, "web", actor=actor)

    return write_transaction(engine, work)


@router.get("/signup")
async def signup_page(request: Request) -> Response:
    if await session_user(request) is not None:
        return RedirectResponse("/", status_code=303)
    return _form_page(request, dict.fromkeys(FIELDS, ""), {})


@router.post("/signup")
async def signup(request: Request, form: CheckedForm) -> Response:
    language = language_of(request)
    values = {field: form.get(field, "").strip() for field in FIELDS}
    values["password"] = form.get("password", "")
    problems = {field: translate(text, language) for field, text in field_errors_of(values).items()}
    if not problems:
        try:
            token = await run_in_threadpool(_register, request.app.state.engine, values)
        except DomainError as error:
            field = FIELD_OF_CODE.get(error.code, "form")
            problems = {field: error_text(error, language)}
        else:
            response = see_other(request, "/", flash="Welcome! Your wallet is ready.")
            start_session(request, response, token)
            return response
    values["password"] = ""
    return _form_page(request, values, problems, status=422)
