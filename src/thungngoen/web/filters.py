"""Template filters: money in baht style, dates in Buddhist Era (Thai) or Gregorian (English),
always in Thai time (UTC+7, no daylight saving)."""

from datetime import date, datetime

from pythainlp.util import thai_strftime

from thungngoen.money import format_money
from thungngoen.thai import in_thai_time


def money(amount_satang: int, currency: str = "THB") -> str:
    """``123450`` → ``1,234.50 บาท``."""
    return format_money(amount_satang, currency)


def format_date(day: date | datetime, language: str) -> str:
    """``4 มี.ค. 2568`` in Thai, ``4 Mar 2025`` in English."""
    if isinstance(day, datetime):
        day = in_thai_time(day)
    moment = day if isinstance(day, datetime) else datetime(day.year, day.month, day.day)
    if language == "th":
        return thai_strftime(moment, "%-d %b %Y")
    return f"{moment.day} {moment:%b %Y}"


def format_datetime(moment: datetime, language: str) -> str:
    """``4 มี.ค. 2568 17:05`` in Thai, ``4 Mar 2025 17:05`` in English (Thai time)."""
    local = in_thai_time(moment)
    return f"{format_date(local, language)} {local:%H:%M}"
