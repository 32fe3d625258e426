"""A group's meetings ahead: each a dated row (day, Thai start time, place) that the
group's officers enter, move or cancel, and that the meeting reminders read.

Groups meet monthly on a fixed day, but move it around Songkran, Ramadan or a funeral,
so the dates are explicit rows; "the 5th of every month" is only a way to enter the next
months at once (``plan_monthly``), each of which can then be moved on its own
(decision 0042). A posted meeting sheet (``meetings``) is a separate record: what was
held, not what is planned.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from pythainlp.util import thai_strftime
from sqlalchemy import Connection, delete, insert, select, update

from thungngoen import audit
from thungngoen.clock import utc_now
from thungngoen.savings.errors import (
    InvalidMeetingPlan,
    MeetingDayTaken,
    MeetingInThePast,
    UnknownPlannedMeeting,
)
from thungngoen.savings.groups import get_group
from thungngoen.savings.schedule import add_months
from thungngoen.savings.tables import planned_meetings

EARLIEST, LATEST = time(6, 0), time(20, 0)
"""A meeting starts in daylight: 06:00 to 20:00 Thai time."""
AHEAD = timedelta(days=2 * 366)
"""How far ahead a meeting may be planned."""
LAST_DAY_OF_MONTH = 28
"""A monthly day every month has (29–31 would skip February)."""
MAX_MONTHS = 12
PLACE_LENGTH = 200


@dataclass(frozen=True, slots=True)
class PlannedMeeting:
    id: int
    group_id: int
    meets_on: date
    starts_at: time
    place: str


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
    if not EARLIEST <= starts_at <= LATEST or starts_at.second or starts_at.microsecond:
        raise InvalidMeetingPlan(
            "a meeting starts between 06:00 and 20:00, on the minute",
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


def _taken(connection: Connection, group_id: int, day: date, but: int | None = None) -> bool:
    query = select(planned_meetings.c.id).where(
        planned_meetings.c.group_id == group_id, planned_meetings.c.meets_on == day
    )
    if but is not None:
        query = query.where(planned_meetings.c.id != but)
    return connection.execute(query).first() is not None


def _refuse_taken(day: date) -> MeetingDayTaken:
    return MeetingDayTaken(
        f"the group already meets on {day}",
        message_th=f"วันที่ {_thai_day(day)} มีนัดประชุมของกลุ่มแล้ว",
        field="meets_on",
    )


def plan_meeting(
    connection: Connection,
    group_id: int,
    *,
    meets_on: date,
    starts_at: time,
    place: str,
    today: date,
    actor: str,
) -> PlannedMeeting:
    """One meeting ahead; a group meets at most once a day."""
    get_group(connection, group_id, lock=True)
    place = check_meeting(meets_on, starts_at, place, today)
    if _taken(connection, group_id, meets_on):
        raise _refuse_taken(meets_on)
    values: dict[str, Any] = {
        "group_id": group_id,
        "meets_on": meets_on,
        "starts_at": starts_at,
        "place": place,
        "created_by": actor,
        "updated_at": utc_now(),
    }
    plan_id = connection.execute(
        insert(planned_meetings).returning(planned_meetings.c.id), values
    ).scalar_one()
    audit.record(
        connection,
        actor=actor,
        action="savings.meeting.plan",
        subject_type="savings_group",
        subject_id=group_id,
        after={"planned_meeting_id": plan_id, "meets_on": meets_on, "place": place},
    )
    return get_planned(connection, plan_id)


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


def plan_monthly(
    connection: Connection,
    group_id: int,
    *,
    day: int,
    months: int,
    starts_at: time,
    place: str,
    today: date,
    actor: str,
) -> list[PlannedMeeting]:
    """Day ``day`` of each of the next ``months`` months; a day already planned keeps
    its meeting (an officer may have moved it on purpose)."""
    days = monthly_days(day, months, today)
    return [
        plan_meeting(
            connection,
            group_id,
            meets_on=meets_on,
            starts_at=starts_at,
            place=place,
            today=today,
            actor=actor,
        )
        for meets_on in days
        if not _taken(connection, group_id, meets_on)
    ]


def change_meeting(
    connection: Connection,
    plan_id: int,
    *,
    meets_on: date,
    starts_at: time,
    place: str,
    today: date,
    actor: str,
) -> PlannedMeeting:
    """Move a meeting ahead (day, time or place); one already past stays as it was."""
    before = get_planned(connection, plan_id)
    if before.meets_on < today:
        raise MeetingInThePast(
            "a meeting already held is not moved",
            message_th="การประชุมที่ผ่านไปแล้วแก้ไขไม่ได้",
            field="meets_on",
        )
    place = check_meeting(meets_on, starts_at, place, today)
    if _taken(connection, before.group_id, meets_on, but=plan_id):
        raise _refuse_taken(meets_on)
    connection.execute(
        update(planned_meetings)
        .where(planned_meetings.c.id == plan_id)
        .values(meets_on=meets_on, starts_at=starts_at, place=place, updated_at=utc_now())
    )
    audit.record(
        connection,
        actor=actor,
        action="savings.meeting.replan",
        subject_type="savings_group",
        subject_id=before.group_id,
        before={"planned_meeting_id": plan_id, "meets_on": before.meets_on},
        after={"planned_meeting_id": plan_id, "meets_on": meets_on, "place": place},
    )
    return get_planned(connection, plan_id)


def cancel_meeting(connection: Connection, plan_id: int, *, today: date, actor: str) -> None:
    before = get_planned(connection, plan_id)
    if before.meets_on < today:
        raise MeetingInThePast(
            "a meeting already held is not cancelled",
            message_th="การประชุมที่ผ่านไปแล้วยกเลิกไม่ได้",
            field="meets_on",
        )
    connection.execute(delete(planned_meetings).where(planned_meetings.c.id == plan_id))
    audit.record(
        connection,
        actor=actor,
        action="savings.meeting.cancel",
        subject_type="savings_group",
        subject_id=before.group_id,
        before={"planned_meeting_id": plan_id, "meets_on": before.meets_on},
    )


def _planned(row: Any) -> PlannedMeeting:
    return PlannedMeeting(**{key: row._mapping[key] for key in PlannedMeeting.__slots__})


def get_planned(connection: Connection, plan_id: int) -> PlannedMeeting:
    query = select(planned_meetings).where(planned_meetings.c.id == plan_id)
    row = connection.execute(query).first()
    if row is None:
        raise UnknownPlannedMeeting(f"no meeting ahead has the number {plan_id}")
    return _planned(row)


def meetings_ahead(
    connection: Connection, group_id: int, today: date, limit: int = 12
) -> list[PlannedMeeting]:
    query = (
        select(planned_meetings)
        .where(planned_meetings.c.group_id == group_id, planned_meetings.c.meets_on >= today)
        .order_by(planned_meetings.c.meets_on)
        .limit(limit)
    )
    return [_planned(row) for row in connection.execute(query)]


def next_meetings(
    connection: Connection, group_ids: Sequence[int], today: date
) -> dict[int, PlannedMeeting]:
    """Each group's next meeting (today's counts), for the members' pages."""
    found: dict[int, PlannedMeeting] = {}
    query = (
        select(planned_meetings)
        .where(planned_meetings.c.group_id.in_(group_ids), planned_meetings.c.meets_on >= today)
        .order_by(planned_meetings.c.meets_on)
    )
    for row in connection.execute(query):
        found.setdefault(row.group_id, _planned(row))
    return found
