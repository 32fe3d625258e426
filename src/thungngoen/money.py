"""Money as Thai users read it: integer satang in, ``1,234.50`` out."""

from decimal import Decimal, InvalidOperation

SATANG_PER_BAHT = 100
UNITS = {"THB": "บาท", "SKC": "เหรียญ"}


def format_satang(amount: int) -> str:
    sign = "-" if amount < 0 else ""
    baht, satang = divmod(abs(amount), SATANG_PER_BAHT)
    return f"{sign}{baht:,}.{satang:02d}"


def format_money(amount: int, currency: str) -> str:
    """``1,234.50 บาท`` for THB, ``1,234.50 เหรียญ`` for the coin."""
    return f"{format_satang(amount)} {UNITS.get(currency, currency)}"


def parse_baht(text: str) -> int:
    """``"1,234.5"`` → 123450 satang; refuses more than two decimals."""
    try:
        value = Decimal(text.replace(",", "").strip())
    except InvalidOperation:
        raise ValueError(f"not an amount: {text!r}") from None
    if not value.is_finite():
        raise ValueError(f"not an amount: {text!r}")
    satang = value * SATANG_PER_BAHT
    if satang != satang.to_integral_value():
        raise ValueError(f"more than two decimals: {text!r}")
    return int(satang)
