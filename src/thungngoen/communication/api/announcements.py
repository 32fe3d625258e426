"""Announcements through the API: write (a draft), count an audience, approve, cancel,
list. Coordinators write and approve; auditors read."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from sqlalchemy import Connection

from thungngoen import notify
from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.communication import access, announcements
from thungngoen.communication.api.schemas import (
    AnnouncementBody,
    AnnouncementOut,
    AudienceCount,
    AudienceOut,
)
from thungngoen.db import read_transaction, write_transaction
from thungngoen.web.api_fields import Id
from thungngoen.web.deps import EngineDep, require_role

router = APIRouter(prefix="/api/v1", tags=["communication"])
Announcer = Annotated[User, Depends(require_role(*access.ANNOUNCERS))]
Reader = Annotated[User, Depends(require_role(*access.DELIVERY_READERS))]
Value = Annotated[str, Query(max_length=40)]


@router.get("/audiences")
def audiences(user: Reader) -> list[AudienceOut]:
    return [
        AudienceOut(code=a.code, label=a.label, value_label=a.value_label)
        for a in notify.all_audiences().values()
    ]


@router.get("/audiences/{code}/count")
def count(code: str, user: Reader, engine: EngineDep, value: Value = "") -> AudienceCount:
    with read_transaction(engine) as connection:
        return AudienceCount(people=announcements.audience_count(connection, code, value))


@router.get("/announcements")
def list_announcements(user: Reader, engine: EngineDep) -> list[AnnouncementOut]:
    with read_transaction(engine) as connection:
        rows = announcements.recent(connection)
    return [AnnouncementOut.model_validate(row, from_attributes=True) for row in rows]


@router.post("/announcements", status_code=201)
def write(body: AnnouncementBody, user: Announcer, engine: EngineDep) -> AnnouncementOut:
    def written(connection: Connection) -> AnnouncementOut:
        draft = announcements.Draft(**body.model_dump())
        new = announcements.write_announcement(connection, draft, user.id, utc_now())
        return _one(connection, new)

    return write_transaction(engine, written)


@router.post("/announcements/{announcement_id}/approve")
def approve(announcement_id: Id, user: Announcer, engine: EngineDep) -> AnnouncementOut:
    def approved(connection: Connection) -> AnnouncementOut:
        announcements.approve(connection, announcement_id, user.id, utc_now())
        return _one(connection, announcement_id)

    return write_transaction(engine, approved)


@router.post("/announcements/{announcement_id}/cancel")
def cancel(announcement_id: Id, user: Announcer, engine: EngineDep) -> AnnouncementOut:
    def cancelled(connection: Connection) -> AnnouncementOut:
        announcements.cancel(connection, announcement_id, user.id)
        return _one(connection, announcement_id)

    return write_transaction(engine, cancelled)


def _one(connection: Connection, announcement_id: int) -> AnnouncementOut:
    row = announcements.get(connection, announcement_id)
    return AnnouncementOut.model_validate(row, from_attributes=True)
