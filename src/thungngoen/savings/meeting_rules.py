"""What a meeting ahead must be, whoever plans it: from today to two years on, starting
06:00–20:00 Thai time, at a named place; a monthly day every month has. Each refusal says
its Thai (``message_th``) and the field it is about."""

from datetime import date, datetime, time, timedelta

from pythainlp.util import thai_strftime

from thungngoen.savings.errors import InvalidMeetingPlan, MeetingDayTaken, MeetingInThePast
from thungngoen.savings.schedule import add_months

EARLIEST, LATEST = time(6, 0), time(20, 0)
"""A meeting starts in daylight: 06:00 to 20:00 Thai time."""
AHEAD = timedelta(days=2 * 366)
"""How far ahead a meeting may be planned."""
LAST_DAY_OF_MONTH = 28
"""A monthly day every month has (29–31 would skip February)."""
MAX_MONTHS = 12
PLACE_LENGTH = 200


def _thai_day(day: date) -> str:
    return thai_strftime(datetime.combine(day, time()), "%-d %B %Y")


def check_meeting(meets_on: date, starts_at: time, place: str, today: date) -> str:
    """The place, stripped, if the meeting can be planned; else a refusal."""
    if meets_on < today:
        raise MeetingInThePast(
            f"a meeting ahead cannot be on {meets_on}, before today ({today})",
            message_th=f"วันประชุมต้องไม่ก่อนวันนี้ ({_thai_day(today)})",
            field="meets_on",
        )
    if meets_on > today + AHEAD:
        raise InvalidMeetingPlan(
            "a meeting is planned at most two years ahead",
            message_th="นัดประชุมล่วงหน้าได้ไม่เกิน 2 ปี",
            field="meets_on",
        )
    if (
        starts_at.tzinfo is not None
        or not EARLIEST <= starts_at <= LATEST
        or starts_at.second
        or starts_at.microsecond
    ):
        raise InvalidMeetingPlan(
            "a meeting starts between 06:00 and 20:00 Thai time, on the minute",
            message_th="เวลาเริ่มประชุมต้องอยู่ระหว่าง 06:00 ถึง 20:00 น.",
            field="starts_at",
        )
    place = place.strip()
    if not place or len(place) > PLACE_LENGTH:
        raise InvalidMeetingPlan(
            f"say where the group meets, in up to {PLACE_LENGTH} characters",
            message_th=f"กรุณาระบุสถานที่ประชุม ไม่เกิน {PLACE_LENGTH} ตัวอักษร",
            field="place",
        )
    return place


def refuse_taken(day: date) -> MeetingDayTaken:
    return MeetingDayTaken(
        f"the group already meets on {day}",
        message_th=f"วันที่ {_thai_day(day)} มีนัดประชุมของกลุ่มแล้ว",
        field="meets_on",
    )


def monthly_days(day: int, months: int, today: date) -> list[date]:
    """Day ``day`` of each of the next ``months`` months, from today's month on."""
    if not 1 <= day <= LAST_DAY_OF_MONTH:
        raise InvalidMeetingPlan(
            f"a monthly meeting is on day 1 to {LAST_DAY_OF_MONTH} of the month",
            message_th=f"วันประชุมประจำเดือนต้องเป็นวันที่ 1 ถึง {LAST_DAY_OF_MONTH}",
            field="day",
        )
    if not 1 <= months <= MAX_MONTHS:
        raise InvalidMeetingPlan(
            f"plan 1 to {MAX_MONTHS} months at once",
            message_th=f"นัดล่วงหน้าได้ครั้งละ 1 ถึง {MAX_MONTHS} เดือน",
            field="months",
        )
    first = today.replace(day=day)
    start = first if first >= today else add_months(first, 1)
    return [add_months(start, n) for n in range(months)]


def typed_time(text: str) -> time | None:
    """``09:30`` (or ``9:30``) as typed in a time field; ``None`` when it is not one."""
    hours, _, minutes = text.strip().partition(":")
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2 and len(hours) <= 2):
        return None
    if int(hours) > 23 or int(minutes) > 59:
        return None
    return time(int(hours), int(minutes))
