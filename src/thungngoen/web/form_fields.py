"""What the treasury's forms share: amounts and Thai-time moments typed into a field, and
the same values written back into a form to edit them."""

from datetime import UTC, datetime

from fastapi import Request

from thungngoen.wallet.thai_days import THAI_TIME
from thungngoen.web.form_errors import REQUIRED, FieldErrors, translated
from thungngoen.web.form_values import positive_satang

NOT_AN_AMOUNT = "Type an amount in baht, e.g. 1,250.50"
NOT_A_MOMENT = "Pick a date and time."


def _typed(
    request: Request, values: dict[str, str], name: str, errors: FieldErrors, required: bool
) -> str:
    """The field's text; a required one left empty is noted in ``errors``."""
    text = values.get(name, "").strip()
    if not text and required:
        errors[name] = translated(request, REQUIRED)
    return text


def amount_field(
    request: Request, values: dict[str, str], name: str, errors: FieldErrors, required: bool
) -> int | None:
    """Satang from a field typed in baht; a positive amount or, if allowed, nothing."""
    text = _typed(request, values, name, errors, required)
    amount = positive_satang(text) if text else None
    if text and amount is None:
        errors[name] = translated(request, NOT_AN_AMOUNT)
    return amount


def moment_field(
    request: Request, values: dict[str, str], name: str, errors: FieldErrors, required: bool
) -> datetime | None:
    """A ``datetime-local`` field (Thai time) as an aware UTC moment."""
    text = _typed(request, values, name, errors, required)
    if not text:
        return None
    try:
        local = datetime.fromisoformat(text)
    except ValueError:
        errors[name] = translated(request, NOT_A_MOMENT)
        return None
    return local.replace(tzinfo=THAI_TIME).astimezone(UTC)


def local_input(moment: datetime | None) -> str:
    """An aware moment as a ``datetime-local`` value in Thai time."""
    return "" if moment is None else f"{moment.astimezone(THAI_TIME):%Y-%m-%dT%H:%M}"


def baht_input(satang: int | None) -> str:
    """Satang as typed in a baht field: ``1250.5`` → ``1250.50``, nothing for ``None``."""
    return "" if satang is None else f"{satang // 100}.{satang % 100:02d}"
