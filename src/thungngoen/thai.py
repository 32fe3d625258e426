"""Thai identifiers: mobile phone numbers and the 13-digit national ID."""

import re


class InvalidIdentifier(ValueError):
    pass


def normalize_phone(text: str) -> str:
    """``+66 81-234-5678`` or ``081 234 5678`` → ``0812345678``."""
    digits = re.sub(r"[\s\-().]", "", text)
    if digits.startswith("+66"):
        digits = "0" + digits[3:]
    elif digits.startswith("66") and len(digits) == 11:
        digits = "0" + digits[2:]
    if not re.fullmatch(r"0[689]\d{8}", digits):
        raise InvalidIdentifier(f"not a Thai mobile number: {text!r}")
    return digits


def national_id_check_digit(first_twelve: str) -> int:
    total = sum(
        int(digit) * weight for digit, weight in zip(first_twelve, range(13, 1, -1), strict=True)
    )
    return (11 - total % 11) % 10


def validate_national_id(text: str) -> str:
    """Return the 13 digits of a valid Thai national ID, or raise ``InvalidIdentifier``."""
    digits = re.sub(r"[\s\-]", "", text)
    if not re.fullmatch(r"\d{13}", digits):
        raise InvalidIdentifier("a Thai national ID has 13 digits")
    if digits[0] == "0" or national_id_check_digit(digits[:12]) != int(digits[12]):
        raise InvalidIdentifier("the national ID's check digit does not match")
    return digits


def mask_national_id(digits: str) -> str:
    """Show only the last four digits: ``x-xxxx-xxxxx-12-3``."""
    return f"x-xxxx-xxxxx-{digits[10:12]}-{digits[12]}"
