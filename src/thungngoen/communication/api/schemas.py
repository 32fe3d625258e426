"""What the inbox API answers."""

from datetime import datetime

from pydantic import BaseModel


class MessageOut(BaseModel):
    id: int
    kind: str
    category: str
    title: str
    body: str
    link: str
    created_at: datetime
    read_at: datetime | None


class InboxOut(BaseModel):
    unread: int
    messages: list[MessageOut]
    next_before: int | None
    """Pass as ``before`` for the next (older) page; null on the last page."""


class MarkedOut(BaseModel):
    marked: int
