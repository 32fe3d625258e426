"""What the treasury pages share: who may act, reading amounts and Thai-time moments typed
into a form, and a domain rejection shown in the user's language."""

from datetime import UTC, datetime
from typing import Annotated

from fastapi import Depends, Request

from thungngoen.auth.users import User
from thungngoen.errors import DomainError
from thungngoen.money import parse_baht
from thungngoen.web.error_messages import error_text
from thungngoen.web.filters import THAI_TIME
from thungngoen.web.i18n import language_of, translate
from thungngoen.web.sessions import page_role

OperatorAction = Annotated[User, Depends(page_role("operator"))]
"""A POST only the operator may make (auditors look, they do not change anything).
Declared before the form, so that nobody else's form is even read."""

REQUIRED = "This field is required."
NOT_AN_AMOUNT = "Type an amount in baht, e.g. 1,250.50"
NOT_A_MOMENT = "Pick a date and time."
NOT_A_PHONE = "Not a Thai mobile number."

FieldErrors = dict[str, str]
"""Field name → text to show under it (``"form"``: at the top of the form)."""


def actor(user: User) -> str:
    return f"user:{user.id}"


def may_act(user: User) -> bool:
    return user.role == "operator"


def problem(request: Request, text: str) -> str:
    """An English catalogue text in the user's language."""
    return translate(text, language_of(request))


def rejection(request: Request, error: DomainError) -> str:
    return error_text(error, language_of(request))


def amount_field(
    request: Request, values: dict[str, str], name: str, errors: FieldErrors, required: bool
) -> int | None:
    """Satang from a field typed in baht; a positive amount or, if allowed, nothing."""
    text = values.get(name, "").strip()
    if not text:
        if required:
            errors[name] = problem(request, REQUIRED)
        return None
    try:
        amount = parse_baht(text)
    except (ValueError, ArithmeticError):
        amount = 0
    if amount <= 0:
        errors[name] = problem(request, NOT_AN_AMOUNT)
        return None
    return amount


def moment_field(
    request: Request, values: dict[str, str], name: str, errors: FieldErrors, required: bool
) -> datetime | None:
    """A ``datetime-local`` field (Thai time) as an aware UTC moment."""
    text = values.get(name, "").strip()
    if not text:
        if required:
            errors[name] = problem(request, REQUIRED)
        return None
    try:
        local = datetime.fromisoformat(text)
    except ValueError:
        errors[name] = problem(request, NOT_A_MOMENT)
        return None
    return local.replace(tzinfo=THAI_TIME).astimezone(UTC)


def local_input(moment: datetime | None) -> str:
    """An aware moment as a ``datetime-local`` value in Thai time."""
    return "" if moment is None else f"{moment.astimezone(THAI_TIME):%Y-%m-%dT%H:%M}"


def baht_input(satang: int | None) -> str:
    """Satang as typed in a baht field: ``1250.5`` → ``1250.50``, nothing for ``None``."""
    return "" if satang is None else f"{satang // 100}.{satang % 100:02d}"
