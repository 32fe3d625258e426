"""Reading the amounts typed into the shop's forms."""

from thungngoen.web.form_errors import FieldErrors
from thungngoen.web.form_values import AmountTexts
from thungngoen.web.form_values import typed_amount as read_amount

AMOUNT_ERROR = "Type an amount of coin, for example 45 or 45.50."
SHOP_AMOUNT = AmountTexts(
    AMOUNT_ERROR, zero=AMOUNT_ERROR, below_zero=AMOUNT_ERROR, blank=AMOUNT_ERROR
)
"""The shop's forms say one thing for every mistake, an empty field too."""


def typed_amount(values: dict[str, str], name: str, problems: FieldErrors) -> int | None:
    """The positive amount typed into ``name``, in satang; else ``None`` and the problem
    (in English: the shop's pages translate their problems together)."""
    try:
        return read_amount(values[name], SHOP_AMOUNT)
    except ValueError as mistake:
        problems[name] = str(mistake)
        return None
