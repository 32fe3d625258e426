"""Meeting sheets and the share-out: posted by the group's chair or treasurer, once per
``Idempotency-Key``; read by its officers and the staff."""

from fastapi import APIRouter
from sqlalchemy import Connection

from thungngoen import savings
from thungngoen.db import read_transaction, write_transaction
from thungngoen.savings import access
from thungngoen.savings.api.schemas import (
    MeetingOut,
    MeetingReportOut,
    ShareOutIn,
    ShareOutOut,
    ShareOutRecordOut,
    SheetIn,
)
from thungngoen.web.api_fields import Day, Id
from thungngoen.web.deps import CurrentUser, EngineDep, IdempotencyKey

router = APIRouter(prefix="/api/v1/savings", tags=["savings"])


@router.post("/groups/{group_id}/meetings", status_code=201)
def post_meeting(
    group_id: Id, body: SheetIn, user: CurrentUser, engine: EngineDep, key: IdempotencyKey
) -> MeetingReportOut:
    """Post a month's sheet as one linked batch: all of it, or nothing and a named
    rejection (with the sheet ``field`` it concerns)."""

    def work(connection: Connection) -> savings.MeetingReport:
        access.require_recorder(connection, group_id, user)
        meeting = savings.post_meeting(
            connection, body.sheet(group_id), idempotency_key=key, actor=f"user:{user.id}"
        )
        return savings.meeting_report(connection, meeting.id)

    return MeetingReportOut.model_validate(write_transaction(engine, work))


@router.get("/groups/{group_id}/meetings")
def list_meetings(group_id: Id, user: CurrentUser, engine: EngineDep) -> list[MeetingOut]:
    with read_transaction(engine) as connection:
        access.require_group_reader(connection, group_id, user)
        found = savings.list_meetings(connection, group_id)
    return [MeetingOut.model_validate(meeting) for meeting in found]


@router.get("/meetings/{meeting_id}")
def meeting_report(meeting_id: Id, user: CurrentUser, engine: EngineDep) -> MeetingReportOut:
    """The monthly report: each member's line, the entries, the totals."""
    with read_transaction(engine) as connection:
        meeting = savings.get_meeting(connection, meeting_id)
        access.require_group_reader(connection, meeting.group_id, user)
        report = savings.meeting_report(connection, meeting_id)
    return MeetingReportOut.model_validate(report)


@router.get("/groups/{group_id}/share-out")
def preview_shareout(
    group_id: Id, user: CurrentUser, engine: EngineDep, held_on: Day | None = None
) -> ShareOutOut:
    with read_transaction(engine) as connection:
        access.require_group_reader(connection, group_id, user)
        preview = savings.preview_shareout(connection, group_id, held_on or savings.thai_today())
    return ShareOutOut.model_validate(preview)


@router.post("/groups/{group_id}/share-out", status_code=201)
def post_shareout(
    group_id: Id, body: ShareOutIn, user: CurrentUser, engine: EngineDep, key: IdempotencyKey
) -> ShareOutRecordOut:
    def work(connection: Connection) -> savings.ShareOutRecord:
        access.require_recorder(connection, group_id, user)
        return savings.post_shareout(
            connection,
            group_id,
            held_on=body.held_on,
            idempotency_key=key,
            actor=f"user:{user.id}",
        )

    return ShareOutRecordOut.model_validate(write_transaction(engine, work))
