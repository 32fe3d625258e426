"""Members sign themselves up: phone, name, password, community, sub-district."""

from collections.abc import Callable
from itertools import groupby
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import Connection

from thungngoen.auth import sessions
from thungngoen.auth.hashing import HashedPassword, hash_password
from thungngoen.auth.sessions import NewSession
from thungngoen.auth.users import MIN_PASSWORD_LENGTH
from thungngoen.errors import DomainError
from thungngoen.registry.places import Tambon, tambons
from thungngoen.thai import validate_national_id
from thungngoen.wallet import people
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import REQUIRED, in_language, refusal
from thungngoen.web.form_values import typed_phone
from thungngoen.web.page_ops import write
from thungngoen.web.pages.auth import start_session
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import session_user
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)

FIELDS = ("phone", "name", "password", "community", "tambon_code", "national_id")
REQUIRED_FIELDS = ("phone", "name", "password", "tambon_code")
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
    found = {field: REQUIRED for field in REQUIRED_FIELDS if not values[field]}
    if "phone" not in found:
        try:
            typed_phone(values["phone"])
        except ValueError as problem:
            found["phone"] = str(problem)
    if "password" not in found and len(values["password"]) < MIN_PASSWORD_LENGTH:
        found["password"] = "A password needs at least 8 characters."
    if values["national_id"]:
        try:
            validate_national_id(values["national_id"])
        except ValueError:
            found["national_id"] = "Not a valid Thai national ID."
    return found


def _register(
    values: dict[str, str], password: HashedPassword
) -> Callable[[Connection], NewSession]:
    """One write transaction's work: the new member, and a page session for them."""

    def work(connection: Connection) -> NewSession:
        member = people.register_member(
            connection,
            phone=values["phone"],
            name=values["name"],
            password=password,
            tambon_code=values["tambon_code"],
            community=values["community"],
            national_id=values["national_id"] or None,
        )
        actor = f"user:{member.user_id}"
        return sessions.open_session(connection, member.user_id, "member", actor)

    return work


@router.get("/signup")
async def signup_page(request: Request) -> Response:
    if await session_user(request) is not None:
        return RedirectResponse("/", status_code=303)
    return _form_page(request, dict.fromkeys(FIELDS, ""), {})


@router.post("/signup")
async def signup(request: Request, form: CheckedForm) -> Response:
    values = {field: form.get(field, "").strip() for field in FIELDS}
    values["password"] = form.get("password", "")
    problems = in_language(request, field_errors_of(values))
    if not problems:
        try:
            password = await run_in_threadpool(hash_password, values["password"])
            token = await write(request, _register(values, password))
        except DomainError as error:
            problems = refusal(request, error, FIELD_OF_CODE)
        else:
            response = see_other(request, "/", flash="Welcome! Your wallet is ready.")
            start_session(request, response, token)
            return response
    values["password"] = ""
    return _form_page(request, values, problems, status=422)
