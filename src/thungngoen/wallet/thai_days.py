"""Thai time (UTC+7, no daylight saving) and the Thai calendar days the pages and the
agents' closings count in."""

from datetime import UTC, date, datetime, time, timedelta, timezone

THAI_TIME = timezone(timedelta(hours=7), "ICT")


def in_thai_time(moment: datetime) -> datetime:
    """``moment`` in Thai time (a naive one is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(THAI_TIME)


def thai_day(moment: datetime) -> date:
    return in_thai_time(moment).date()


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The UTC moments a Thai day starts and ends."""
    start = datetime.combine(day, time(), THAI_TIME).astimezone(UTC)
    return start, start + timedelta(days=1)
