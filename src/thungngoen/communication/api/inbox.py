"""My inbox: the notifications the platform raised for me, in my language."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from sqlalchemy import Connection

from thungngoen import communication
from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.communication import access
from thungngoen.communication.api.schemas import InboxOut, MarkedOut, MessageOut
from thungngoen.db import read_transaction, write_transaction
from thungngoen.notify import INBOX_PAGE as PAGE
from thungngoen.notify import language_named
from thungngoen.web.api_fields import Id
from thungngoen.web.deps import EngineDep, require_role

router = APIRouter(prefix="/api/v1/me/inbox", tags=["communication"])
Reader = Annotated[User, Depends(require_role(*access.READERS))]
Language = Annotated[str, Query(pattern="^(th|en)$")]


@router.get("")
def my_inbox(
    user: Reader,
    engine: EngineDep,
    lang: Language = "th",
    before: Annotated[int | None, Query(ge=1, le=2**53)] = None,
) -> InboxOut:
    language = language_named(lang)
    with read_transaction(engine) as connection:
        found = communication.inbox(connection, user.id, language, before)
        unread = communication.unread_count(connection, user.id)
    messages = [MessageOut.model_validate(m, from_attributes=True) for m in found]
    following = found[-1].id if len(found) == PAGE else None
    return InboxOut(unread=unread, messages=messages, next_before=following)


@router.post("/{notification_id}/read")
def mark_read(notification_id: Id, user: Reader, engine: EngineDep) -> MarkedOut:
    def mark(connection: Connection) -> MarkedOut:
        access.require_may_mark(user)
        communication.mark_read(connection, user.id, notification_id, utc_now())
        return MarkedOut(marked=1)

    return write_transaction(engine, mark)


@router.post("/read-all")
def mark_all_read(user: Reader, engine: EngineDep) -> MarkedOut:
    def mark(connection: Connection) -> MarkedOut:
        access.require_may_mark(user)
        return MarkedOut(marked=communication.mark_all_read(connection, user.id, utc_now()))

    return write_transaction(engine, mark)
