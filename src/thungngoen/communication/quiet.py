"""Quiet hours: nothing that can wait is sent between 21:00 and 08:00 Thai time."""

from datetime import datetime, time, timedelta

from thungngoen.thai import THAI_TIME, in_thai_time

QUIET_FROM = time(21, 0)
QUIET_UNTIL = time(8, 0)


def in_quiet_hours(moment: datetime) -> bool:
    local = in_thai_time(moment).time()
    return local >= QUIET_FROM or local < QUIET_UNTIL


def next_loud_moment(moment: datetime) -> datetime:
    """``moment`` itself outside quiet hours, else the 08:00 Thai time that ends them."""
    if not in_quiet_hours(moment):
        return moment
    local = in_thai_time(moment)
    day = local.date() if local.time() < QUIET_UNTIL else local.date() + timedelta(days=1)
    return datetime.combine(day, QUIET_UNTIL, tzinfo=THAI_TIME).astimezone(moment.tzinfo)
