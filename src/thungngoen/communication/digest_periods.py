"""When digests are due and what they cover, in Thai time.

- weekly: due from Monday 08:00; it covers the week before, Monday 00:00 to Monday 00:00;
- monthly: due from the 1st at 08:00; it covers the month before.

08:00 is when quiet hours end: a digest is news, never worth waking anyone for."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from thungngoen.communication import errors
from thungngoen.thai import THAI_TIME, day_bounds, in_thai_time

FREQUENCIES = ("weekly", "monthly", "never")
DEFAULT = "weekly"
"""Komunitin's newsletter comes weekly unless a member chooses otherwise; a week is also
what a member can still remember (decision 0041)."""
SENT_FROM = time(8, 0)


@dataclass(frozen=True, slots=True)
class Period:
    frequency: str
    label: str
    """``2026-W49``, ``2026-11``; a digest made on demand: its start and end minute."""
    since: datetime
    until: datetime

    def key(self, user_id: int) -> str:
        return f"digest:{self.frequency}:{user_id}:{self.label}"

    @property
    def first_day(self) -> date:
        return in_thai_time(self.since).date()

    @property
    def last_day(self) -> date:
        return in_thai_time(self.until - timedelta(microseconds=1)).date()


def check_frequency(frequency: str) -> str:
    if frequency not in FREQUENCIES:
        raise errors.BadDigestFrequency("a digest comes weekly, monthly or never")
    return frequency


def _start(frequency: str, day: date) -> date:
    """The first day of the week (Monday) or month holding ``day``."""
    if frequency == "weekly":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def _previous(frequency: str, start: date) -> date:
    if frequency == "weekly":
        return start - timedelta(days=7)
    return (start - timedelta(days=1)).replace(day=1)


def due_period(frequency: str, now: datetime) -> Period:
    """The latest period whose digest is due at ``now``."""
    local = in_thai_time(now)
    sent = _start(frequency, local.date())
    if local < datetime.combine(sent, SENT_FROM, THAI_TIME):
        sent = _previous(frequency, sent)
    first = _previous(frequency, sent)
    year, week, _ = first.isocalendar()
    label = f"{year}-W{week:02d}" if frequency == "weekly" else f"{first:%Y-%m}"
    return Period(frequency, label, day_bounds(first)[0], day_bounds(sent)[0])


def so_far(frequency: str, now: datetime) -> Period:
    """This week (or month) from its start to ``now``: the digest a person can preview,
    or an operator send at once."""
    first = _start(frequency, in_thai_time(now).date())
    since = day_bounds(first)[0]
    return Period(frequency, f"{first:%Y%m%d}-{now:%Y%m%dT%H%M%S}", since, now)
