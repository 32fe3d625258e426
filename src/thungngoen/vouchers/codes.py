"""Printed voucher codes for people without smartphones: ``4821-0937-5516``.

Twelve digits: eleven random ones and a Damm check digit. Why Damm and not Luhn: Luhn
misses the adjacent transposition 09 <-> 90 and needs the doubling trick, while Damm's
table (a totally anti-symmetric quasigroup of order 10) catches *every* single-digit
error and *every* adjacent transposition, with one digit and no special cases. A code
typed wrongly at a shop counter is then told apart from a wrong-but-existing code
before any lookup.

A code is bearer value (whoever holds it can spend it), so the digits come from
``secrets`` unless a seeded ``random.Random`` is passed in for tests.
"""

import random
import re
import secrets
from typing import Final

from thungngoen.errors import DomainError

CODE_DIGITS: Final = 12
_DAMM: Final = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)
_THAI_DIGITS: Final = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_SEPARATORS: Final = re.compile(r"[\s\-‐‑‒–—_.]")


class InvalidVoucherCode(DomainError):
    code = "voucher_code_invalid"


def damm_check_digit(digits: str) -> int:
    """The digit that makes ``digits + check`` pass :func:`damm_is_valid`."""
    interim = 0
    for char in digits:
        interim = _DAMM[interim][int(char)]
    return interim


def damm_is_valid(digits: str) -> bool:
    return bool(digits) and digits.isascii() and digits.isdigit() and damm_check_digit(digits) == 0


def format_code(digits: str) -> str:
    """``482109375516`` → ``4821-0937-5516``."""
    return "-".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def generate_codes(count: int, rng: random.Random | None = None) -> list[str]:
    """``count`` distinct, formatted codes. Uniqueness against codes already issued is the
    caller's job (a unique index); 10**11 possibilities make clashes rare, not impossible."""
    if count < 0:
        raise ValueError("count must not be negative")
    randbelow = secrets.randbelow if rng is None else rng.randrange
    codes: dict[str, None] = {}  # ordered, for reproducible output with a seeded rng
    while len(codes) < count:
        body = "".join(str(randbelow(10)) for _ in range(CODE_DIGITS - 1))
        codes[format_code(body + str(damm_check_digit(body)))] = None
    return list(codes)


def normalize_code(text: str) -> str:
    """What a person typed → bare ASCII digits: drops spaces, dashes and dots, reads Thai digits."""
    return _SEPARATORS.sub("", text.translate(_THAI_DIGITS))


def is_valid_code(text: str) -> bool:
    digits = normalize_code(text)
    return len(digits) == CODE_DIGITS and damm_is_valid(digits)


def parse_code(text: str) -> str:
    """The canonical ``dddd-dddd-dddd`` form of a typed code, or ``InvalidVoucherCode``."""
    if not is_valid_code(text):
        raise InvalidVoucherCode("this voucher code is mistyped: please check the 12 digits")
    return format_code(normalize_code(text))
