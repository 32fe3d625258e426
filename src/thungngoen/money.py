"""Money as Thai users read it: integer satang in, ``1,234.50`` out, and back again."""

import re

from pythainlp.util import num_to_thaiword

SATANG_PER_BAHT = 100
UNITS = {"THB": "บาท", "SKC": "เหรียญ"}
MAX_BAHT_DIGITS = 13
"""Ten trillion baht: far beyond any limit, short of anything a database column overflows."""

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_AMOUNT = re.compile(r"(?P<baht>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.(?P<satang>[0-9]{1,2}))?")
"""Baht with no separators or with every thousand separated (``1250`` or ``1,250``), then
at most two decimals. Nothing else: a misplaced comma (``1,25.5``), a sign, a space, an
exponent or a second dot is a typing mistake whose meaning nobody can be sure of."""


def format_satang(amount: int) -> str:
    sign = "-" if amount < 0 else ""
    baht, satang = divmod(abs(amount), SATANG_PER_BAHT)
    return f"{sign}{baht:,}.{satang:02d}"


def format_money(amount: int, currency: str) -> str:
    """``1,234.50 บาท`` for THB, ``1,234.50 เหรียญ`` for the coin."""
    return f"{format_satang(amount)} {UNITS.get(currency, currency)}"


def amount_in_words(amount: int, currency: str) -> str:
    """The amount as a Thai receipt writes it out, its unit named like the figure's:
    ``500000, "SKC"`` → ``ห้าพันเหรียญถ้วน``; ``1050, "THB"`` → ``สิบบาทห้าสิบสตางค์``."""
    whole, satang = divmod(abs(amount), SATANG_PER_BAHT)
    words = f"{num_to_thaiword(whole)}{UNITS[currency]}"
    return words + (f"{num_to_thaiword(satang)}สตางค์" if satang else "ถ้วน")


def parse_baht(text: str) -> int:
    """The one reader of an amount in baht: ``"1,234.5"`` → 123450 satang.

    Takes ASCII or Thai digits (``๑,๒๕๐.๕๐``) and spaces around it; refuses, with
    ``ValueError``, anything ambiguous — thousands separators out of place (``1,25.5``,
    ``12,34``), more than two decimals, signs, exponents, spaces inside, several dots."""
    typed = text.strip().translate(_THAI_DIGITS)
    found = _AMOUNT.fullmatch(typed)
    if found is None:
        if re.fullmatch(r"[0-9,]+\.[0-9]{3,}", typed):
            raise ValueError(f"more than two decimals: {text!r}")
        raise ValueError(f"not an amount: {text!r}")
    baht = found["baht"].replace(",", "")
    if len(baht.lstrip("0")) > MAX_BAHT_DIGITS:
        raise ValueError(f"not an amount (too large): {text!r}")
    satang = (found["satang"] or "").ljust(2, "0")
    return int(baht) * SATANG_PER_BAHT + int(satang)
