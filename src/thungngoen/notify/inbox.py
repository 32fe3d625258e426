"""The in-app inbox: a person's notifications, newest first, rendered in their language."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, and_, func, select, update

from thungngoen.notify import errors
from thungngoen.notify.kinds import Language, NotificationKind
from thungngoen.notify.registry import kind_named
from thungngoen.notify.tables import notifications

PAGE = 30


@dataclass(frozen=True, slots=True)
class Message:
    id: int
    kind: str
    category: str
    title: str
    body: str
    link: str
    created_at: datetime
    read_at: datetime | None


def unread_count(connection: Connection, user_id: int) -> int:
    query = select(func.count()).where(
        notifications.c.user_id == user_id, notifications.c.read_at.is_(None)
    )
    return int(connection.execute(query).scalar_one())


def inbox(
    connection: Connection, user_id: int, language: Language, before: int | None = None
) -> list[Message]:
    """A page of ``user_id``'s messages, newest first (``before``: an id, the cursor)."""
    query = select(notifications).where(notifications.c.user_id == user_id)
    if before is not None:
        query = query.where(notifications.c.id < before)
    rows = connection.execute(query.order_by(notifications.c.id.desc()).limit(PAGE))
    return [_message(row, kind_named(row.kind), language) for row in rows]


def message(
    connection: Connection, user_id: int, notification_id: int, language: Language
) -> Message:
    """One of ``user_id``'s messages (another person's is not found)."""
    mine = and_(notifications.c.id == notification_id, notifications.c.user_id == user_id)
    row = connection.execute(select(notifications).where(mine)).first()
    if row is None:
        raise errors.NotificationNotFound("no such notification in your inbox")
    return _message(row, kind_named(row.kind), language)


def _message(row: Row[Any], kind: NotificationKind, language: Language) -> Message:
    texts = kind.render(row.data, language)
    link = kind.link_to(row.data)
    return Message(
        row.id, kind.code, kind.category, texts.title, texts.body, link, row.created_at, row.read_at
    )


def mark_read(connection: Connection, user_id: int, notification_id: int, now: datetime) -> None:
    """Idempotent: a message read again keeps its first reading time."""
    mine = and_(notifications.c.id == notification_id, notifications.c.user_id == user_id)
    found = connection.execute(select(notifications.c.read_at).where(mine)).first()
    if found is None:
        raise errors.NotificationNotFound("no such notification in your inbox")
    if found.read_at is None:
        connection.execute(update(notifications).where(mine).values(read_at=now))


def mark_all_read(connection: Connection, user_id: int, now: datetime) -> int:
    unread = and_(notifications.c.user_id == user_id, notifications.c.read_at.is_(None))
    return connection.execute(update(notifications).where(unread).values(read_at=now)).rowcount
