"""Reading the shop forms: amounts typed in baht, idempotency keys, Thai days, and the
problems of a form in the user's language."""

import secrets
from datetime import UTC, date, datetime, time, timedelta

from fastapi import HTTPException, Request

from thungngoen.errors import DomainError
from thungngoen.money import parse_baht
from thungngoen.web.error_messages import error_text
from thungngoen.web.filters import THAI_TIME, in_thai_time
from thungngoen.web.i18n import language_of, translate

AMOUNT_ERROR = "Type an amount in baht, for example 45 or 45.50."
REQUIRED = "This field is required."


def new_key() -> str:
    """The idempotency key of a money form, made when the form is shown."""
    return secrets.token_urlsafe(16)


def key_of(form: dict[str, str]) -> str:
    key = form.get("idempotency_key", "").strip()
    if not 0 < len(key) <= 64:
        raise HTTPException(status_code=400)
    return key


def satang(text: str) -> int | None:
    """A positive amount typed in baht, in satang; None when it is not one."""
    try:
        amount = parse_baht(text)
    except ValueError:
        return None
    return amount if amount > 0 else None


def in_language(request: Request, problems: dict[str, str]) -> dict[str, str]:
    """English catalogue texts of the fields' problems, in the user's language."""
    language = language_of(request)
    return {field: translate(text, language) for field, text in problems.items()}


def refusal(
    request: Request, error: DomainError, field_of_code: dict[str, str], form: str = "form"
) -> dict[str, str]:
    """An operation's refusal, next to the field it is about (else over the ``form``)."""
    return {field_of_code.get(error.code, form): error_text(error, language_of(request))}


def thai_day(moment: datetime) -> date:
    return in_thai_time(moment).date()


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The UTC moments a Thai day (UTC+7) starts and ends."""
    start = datetime.combine(day, time(), tzinfo=THAI_TIME).astimezone(UTC)
    return start, start + timedelta(days=1)
