"""Reading the amounts typed into the shop's forms."""

from thungngoen.web.form_errors import FieldErrors
from thungngoen.web.form_values import positive_satang

AMOUNT_ERROR = "Type an amount in baht, for example 45 or 45.50."


def typed_amount(values: dict[str, str], name: str, problems: FieldErrors) -> int | None:
    """The positive amount typed into ``name``, in satang; else ``None`` and the problem."""
    amount = positive_satang(values[name])
    if amount is None:
        problems[name] = AMOUNT_ERROR
    return amount
