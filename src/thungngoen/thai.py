"""Thai time and Thai identifiers: the time zone (UTC+7, no daylight saving) and the Thai
calendar days the pages, reports and limits count in; mobile phone numbers and the
13-digit national ID."""

import re
import unicodedata
from datetime import UTC, date, datetime, time, timedelta, timezone

from thungngoen.clock import utc_now

THAI_TIME = timezone(timedelta(hours=7), "ICT")
"""Thai time, the one definition every area uses."""


def in_thai_time(moment: datetime) -> datetime:
    """``moment`` in Thai time (a naive one is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(THAI_TIME)


def thai_day(moment: datetime) -> date:
    """The Thai calendar day holding ``moment``."""
    return in_thai_time(moment).date()


def thai_today(now: datetime | None = None) -> date:
    """The Thai calendar day of ``now``: by default the moment operations stamp
    (``utc_now``, so simulated time too)."""
    return thai_day(utc_now() if now is None else now)


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The UTC moments a Thai day starts and ends."""
    start = datetime.combine(day, time(), THAI_TIME).astimezone(UTC)
    return start, start + timedelta(days=1)


class InvalidIdentifier(ValueError):
    pass


_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def ascii_digits(text: str) -> str:
    """``text`` with every digit a person may type — Thai (๐–๙), full-width (０–９) or
    another script's — as the ASCII digit: one identifier, however it was typed."""
    folded = unicodedata.normalize("NFKC", text).translate(_THAI_DIGITS)
    return "".join(
        str(unicodedata.digit(char)) if char.isdigit() and not char.isascii() else char
        for char in folded
    )


def normalize_phone(text: str) -> str:
    """``+66 81-234-5678`` or ``081 234 5678`` → ``0812345678``."""
    digits = re.sub(r"[\s\-().]", "", ascii_digits(text))
    if digits.startswith("+66"):
        digits = "0" + digits[3:]
    elif digits.startswith("66") and len(digits) == 11:
        digits = "0" + digits[2:]
    if not re.fullmatch(r"0[689][0-9]{8}", digits):
        raise InvalidIdentifier(f"not a Thai mobile number: {text!r}")
    return digits


def national_id_check_digit(first_twelve: str) -> int:
    total = sum(
        int(digit) * weight for digit, weight in zip(first_twelve, range(13, 1, -1), strict=True)
    )
    return (11 - total % 11) % 10


def validate_national_id(text: str) -> str:
    """Return the 13 digits of a valid Thai national ID, or raise ``InvalidIdentifier``."""
    digits = re.sub(r"[\s\-]", "", ascii_digits(text))
    if not re.fullmatch(r"[0-9]{13}", digits):
        raise InvalidIdentifier("a Thai national ID has 13 digits")
    if digits[0] == "0" or national_id_check_digit(digits[:12]) != int(digits[12]):
        raise InvalidIdentifier("the national ID's check digit does not match")
    return digits


def mask_national_id(digits: str) -> str:
    """Show only the last four digits: ``x-xxxx-xxxxx-12-3``."""
    return f"x-xxxx-xxxxx-{digits[10:12]}-{digits[12]}"
