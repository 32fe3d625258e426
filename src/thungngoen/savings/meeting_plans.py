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
from datetime import date, time
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from thungngoen import audit
from thungngoen.clock import utc_now
from thungngoen.savings.errors import MeetingInThePast, UnknownPlannedMeeting
from thungngoen.savings.groups import get_group
from thungngoen.savings.meeting_rules import check_meeting, monthly_days, refuse_taken
from thungngoen.savings.tables import planned_meetings


@dataclass(frozen=True, slots=True)
class PlannedMeeting:
    id: int
    group_id: int
    meets_on: date
    starts_at: time
    place: str


def _taken(connection: Connection, group_id: int, day: date, but: int | None = None) -> bool:
    query = select(planned_meetings.c.id).where(
        planned_meetings.c.group_id == group_id, planned_meetings.c.meets_on == day
    )
    if but is not None:
        query = query.where(planned_meetings.c.id != but)
    return connection.execute(query).first() is not None


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
        raise refuse_taken(meets_on)
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
        raise refuse_taken(meets_on)
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
