"""Values typed into a form: amounts in baht (as satang), days and Thai mobile numbers."""

from datetime import date

from thungngoen.money import parse_baht
from thungngoen.thai import normalize_phone
from thungngoen.web.form_errors import NOT_A_PHONE, REQUIRED


def typed_satang(text: str) -> int:
    """Satang of an amount typed in baht; ``ValueError`` for anything else (``1e999999``,
    too large for a number, too)."""
    try:
        return parse_baht(text)
    except ArithmeticError:
        raise ValueError(f"not an amount: {text!r}") from None


def positive_satang(text: str) -> int | None:
    """A positive amount typed in baht, in satang; ``None`` when it is not one."""
    try:
        amount = typed_satang(text)
    except ValueError:
        return None
    return amount if amount > 0 else None


def typed_day(text: str) -> date | None:
    """The day of a date field (``2025-03-04``); ``None`` when it is not one."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def typed_phone(text: str) -> str:
    """The mobile number typed, normalised; ``ValueError`` with the English text to show
    under the field when it is missing or not one."""
    typed = text.strip()
    if not typed:
        raise ValueError(REQUIRED)
    try:
        return normalize_phone(typed)
    except ValueError:
        raise ValueError(NOT_A_PHONE) from None
