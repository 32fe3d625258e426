"""Template filters: money with its unit named, dates in Buddhist Era (Thai) or Gregorian
(English), always in Thai time (UTC+7, no daylight saving).

Coin and baht are different things to a member even at 1 SKC = 1 THB (decision 0033): a
template says which it writes, ``| coin`` or ``| baht``; ``| money`` exists only for an
account whose currency is data, and it has no default."""

from datetime import date, datetime

from pythainlp.util import thai_strftime

from thungngoen.money import format_money, format_satang
from thungngoen.thai import in_thai_time

ENGLISH_UNITS = {"THB": "baht", "SKC": "coin"}


def money(amount_satang: int, currency: str, language: str = "th") -> str:
    """``123450, "SKC"`` → ``1,234.50 เหรียญ`` (``1,234.50 coin`` in English)."""
    if language == "en":
        return f"{format_satang(amount_satang)} {ENGLISH_UNITS.get(currency, currency)}"
    return format_money(amount_satang, currency)


def coin(amount_satang: int, language: str = "th") -> str:
    """An amount of the local coin: ``1,234.50 เหรียญ``."""
    return money(amount_satang, "SKC", language)


def baht(amount_satang: int, language: str = "th") -> str:
    """An amount of real baht (cash, bank, payouts, savings groups): ``1,234.50 บาท``."""
    return money(amount_satang, "THB", language)


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
