"""A group's meetings ahead (``/api/v1/savings/.../next-meetings``): planned, moved or
cancelled by its chair, treasurer or secretary (or the operator); read by its officers
and the staff. A refusal names its ``field`` and says itself in Thai (``message_th``)."""

from fastapi import APIRouter, Response
from sqlalchemy import Connection

from thungngoen import savings
from thungngoen.db import read_transaction, write_transaction
from thungngoen.savings import access
from thungngoen.savings.api.schemas import MonthlyMeetingsIn, PlannedMeetingIn, PlannedMeetingOut
from thungngoen.web.api_fields import Id
from thungngoen.web.deps import CurrentUser, EngineDep

router = APIRouter(prefix="/api/v1/savings", tags=["savings"])


@router.get("/groups/{group_id}/next-meetings")
def meetings_ahead(group_id: Id, user: CurrentUser, engine: EngineDep) -> list[PlannedMeetingOut]:
    today = savings.thai_today()
    with read_transaction(engine) as connection:
        access.require_group_reader(connection, group_id, user)
        found = savings.meetings_ahead(connection, group_id, today)
    return [PlannedMeetingOut.model_validate(meeting) for meeting in found]


@router.post("/groups/{group_id}/next-meetings", status_code=201)
def plan_meeting(
    group_id: Id, body: PlannedMeetingIn, user: CurrentUser, engine: EngineDep
) -> PlannedMeetingOut:
    today = savings.thai_today()

    def work(connection: Connection) -> savings.PlannedMeeting:
        access.require_setup(connection, group_id, user)
        return savings.plan_meeting(
            connection,
            group_id,
            meets_on=body.meets_on,
            starts_at=body.starts_at,
            place=body.place,
            today=today,
            actor=f"user:{user.id}",
        )

    return PlannedMeetingOut.model_validate(write_transaction(engine, work))


@router.post("/groups/{group_id}/next-meetings/monthly", status_code=201)
def plan_monthly(
    group_id: Id, body: MonthlyMeetingsIn, user: CurrentUser, engine: EngineDep
) -> list[PlannedMeetingOut]:
    """The same day of each of the next months; a day already planned keeps its meeting."""
    today = savings.thai_today()

    def work(connection: Connection) -> list[savings.PlannedMeeting]:
        access.require_setup(connection, group_id, user)
        return savings.plan_monthly(
            connection,
            group_id,
            day=body.day,
            months=body.months,
            starts_at=body.starts_at,
            place=body.place,
            today=today,
            actor=f"user:{user.id}",
        )

    return [PlannedMeetingOut.model_validate(m) for m in write_transaction(engine, work)]


@router.put("/next-meetings/{plan_id}")
def change_meeting(
    plan_id: Id, body: PlannedMeetingIn, user: CurrentUser, engine: EngineDep
) -> PlannedMeetingOut:
    today = savings.thai_today()

    def work(connection: Connection) -> savings.PlannedMeeting:
        access.require_setup(connection, savings.get_planned(connection, plan_id).group_id, user)
        return savings.change_meeting(
            connection,
            plan_id,
            meets_on=body.meets_on,
            starts_at=body.starts_at,
            place=body.place,
            today=today,
            actor=f"user:{user.id}",
        )

    return PlannedMeetingOut.model_validate(write_transaction(engine, work))


@router.delete("/next-meetings/{plan_id}", status_code=204)
def cancel_meeting(plan_id: Id, user: CurrentUser, engine: EngineDep) -> Response:
    today = savings.thai_today()

    def work(connection: Connection) -> None:
        access.require_setup(connection, savings.get_planned(connection, plan_id).group_id, user)
        savings.cancel_meeting(connection, plan_id, today=today, actor=f"user:{user.id}")

    write_transaction(engine, work)
    return Response(status_code=204)
