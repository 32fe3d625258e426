"""Values typed into a form: amounts in baht (as satang), days and Thai mobile numbers."""

from dataclasses import dataclass
from datetime import date

from thungngoen.money import parse_baht
from thungngoen.thai import ascii_digits, normalize_phone
from thungngoen.web.api_fields import FIRST_DAY, ISO_DAY, LAST_DAY
from thungngoen.web.form_errors import NOT_A_PHONE, REQUIRED


def typed_satang(text: str) -> int:
    """Satang of an amount typed in baht, read by the one reader, ``money.parse_baht``;
    ``ValueError`` for anything ambiguous (``1,25.5``, ``1e999999``, ``1.005``).

    A leading minus is the one addition: ``-5`` is read as -500 so that a page can say
    "more than zero" rather than "not an amount"; the rest must be an amount itself."""
    typed = text.strip()
    if typed.startswith("-"):
        return -parse_baht(typed[1:]) if typed[1:2].strip() else _refused(text)
    return parse_baht(typed)


def _refused(text: str) -> int:
    raise ValueError(f"not an amount: {text!r}")


@dataclass(frozen=True, slots=True)
class AmountTexts:
    """What a page says under a baht field it cannot take, as English catalogue texts.

    Every page reads an amount the same way (:func:`typed_amount`), but they word the
    mistakes differently ("like 120 or 45.50" when paying, "like 50 or 12.50" on a savings
    sheet) and users and tests know each page's words, so the words are the page's.
    ``zero`` and ``below_zero`` of ``None`` accept that amount: a savings sheet takes 0,
    the agent's counter leaves a negative amount for the operation to refuse."""

    not_an_amount: str
    zero: str | None
    below_zero: str | None
    blank: str = REQUIRED


def typed_amount(text: str, texts: AmountTexts) -> int:
    """The one reader of an amount typed in baht into a form field: its satang, or
    ``ValueError`` with the English text of ``texts`` to show under the field."""
    typed = text.strip()
    if not typed:
        raise ValueError(texts.blank)
    try:
        amount = typed_satang(typed)
    except ValueError:
        raise ValueError(texts.not_an_amount) from None
    refused = texts.zero if amount == 0 else texts.below_zero if amount < 0 else None
    if refused is not None:
        raise ValueError(refused)
    return amount


def typed_day(text: str) -> date | None:
    """The day of a date field (``2025-03-04``, within the days a request may name);
    ``None`` when it is not one, so that year 1 or 9999 is a field error, not a 500."""
    typed = ascii_digits(text.strip())
    if not ISO_DAY.fullmatch(typed):
        return None
    try:
        day = date.fromisoformat(typed)
    except ValueError:
        return None
    return day if FIRST_DAY <= day <= LAST_DAY else None


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
