"""What the pages' forms share: amounts and Thai-time moments typed into a field, and the
same values written back into a form to edit them."""

from datetime import UTC, datetime

from fastapi import Request

from thungngoen.thai import THAI_TIME
from thungngoen.web.form_errors import REQUIRED, FieldErrors, translated
from thungngoen.web.form_values import AmountTexts, typed_amount

NOT_AN_AMOUNT = "Type an amount in baht, e.g. 1,250.50"
TREASURY_AMOUNT = AmountTexts(NOT_AN_AMOUNT, zero=NOT_AN_AMOUNT, below_zero=NOT_AN_AMOUNT)
"""The operator's forms (programs, voucher batches): a positive amount."""
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
    request: Request,
    values: dict[str, str],
    name: str,
    errors: FieldErrors,
    required: bool,
    texts: AmountTexts = TREASURY_AMOUNT,
    where: str = "",
) -> int | None:
    """Satang from field ``name`` typed in baht; ``None`` when it is left empty (and not
    ``required``) or is not an amount ``texts`` accepts: the mistake is then noted in
    ``errors`` in the user's language, under ``where`` (the field itself by default),
    unless something is noted there already."""
    text = values.get(name, "").strip()
    if not text and not required:
        return None
    try:
        return typed_amount(text, texts)
    except ValueError as mistake:
        errors.setdefault(where or name, translated(request, str(mistake)))
        return None


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


def baht_input(satang: int | None, short: bool = False) -> str:
    """Satang as typed in a baht field: ``125050`` → ``1250.50``, nothing for ``None``.
    ``short`` (the savings forms): ``5000`` → ``50``, and nothing for 0 either."""
    if satang is None or (short and not satang):
        return ""
    sign = "-" if satang < 0 else ""
    baht, rest = divmod(abs(satang), 100)
    return f"{sign}{baht}" if short and not rest else f"{sign}{baht}.{rest:02d}"
