"""Thai calendar days (UTC+7) for the rollups: in SQL when reading the ledger, and the
periods a report asks about."""

from datetime import date, datetime, timedelta

from sqlalchemy import String, func
from sqlalchemy.sql import ColumnElement


def thai_day(dialect: str, moment: ColumnElement[datetime]) -> ColumnElement[str]:
    """The Thai day of a UTC timestamp column as ``YYYY-MM-DD`` text, in ``dialect``."""
    if dialect == "sqlite":
        return func.date(moment, "+7 hours", type_=String)
    return func.to_char(func.timezone("Asia/Bangkok", moment), "YYYY-MM-DD", type_=String)


def month_of(day: date) -> date:
    return day.replace(day=1)


def next_month(month: date) -> date:
    return (month.replace(day=28) + timedelta(days=4)).replace(day=1)


def month_text(day: str) -> str:
    """The month of a ``YYYY-MM-DD`` day, as its first day."""
    return f"{day[:8]}01"
