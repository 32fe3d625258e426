"""Announcements: a coordinator writes one to an audience, an operator approves it (the
approver is recorded), and at its time it is queued to every person of the audience in
one ``INSERT … SELECT`` — a notification each, in the same outbox as every other.

Texts are bounded like a LINE message and an SMS page allow: a title of 120 characters,
a body of 2,000 (LINE takes 5,000; email is unbounded; SMS cuts to three segments)."""

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, func, insert, literal, select, update

from thungngoen import audit, notify
from thungngoen.communication import errors
from thungngoen.communication.notifications import ANNOUNCEMENT
from thungngoen.communication.tables import announcements
from thungngoen.notify.tables import notifications

MAX_TITLE = 120
MAX_BODY = 2_000


@dataclass(frozen=True, slots=True)
class Draft:
    title_th: str
    body_th: str
    title_en: str
    body_en: str
    audience: str
    audience_value: str
    send_at: datetime


def audience_count(connection: Connection, audience: str, value: str) -> int:
    people = notify.audience_named(audience).users(value).subquery()
    return int(connection.execute(select(func.count()).select_from(people)).scalar_one())


def write_announcement(connection: Connection, draft: Draft, author: int, now: datetime) -> int:
    _check(connection, draft)
    values = {
        **asdict(draft),
        "status": "draft",
        "written_by": author,
        "written_at": now,
    }
    query = insert(announcements).values(values).returning(announcements.c.id)
    return int(connection.execute(query).scalar_one())


def _check(connection: Connection, draft: Draft) -> None:
    for title, body in ((draft.title_th, draft.body_th), (draft.title_en, draft.body_en)):
        if not title.strip() or not body.strip():
            raise errors.AnnouncementIncomplete(
                "an announcement has a title and a text in Thai and English"
            )
        if len(title) > MAX_TITLE or len(body) > MAX_BODY:
            raise errors.AnnouncementTooLong(
                f"a title has at most {MAX_TITLE} characters, a text {MAX_BODY}"
            )
    if audience_count(connection, draft.audience, draft.audience_value) == 0:
        raise errors.EmptyAudience("nobody is in this audience")


def approve(connection: Connection, announcement_id: int, approver: int, now: datetime) -> None:
    row = get(connection, announcement_id)
    if row.status != "draft":
        raise errors.AnnouncementNotDraft("only a draft can be approved")
    connection.execute(
        update(announcements)
        .where(announcements.c.id == announcement_id)
        .values(status="approved", approved_by=approver, approved_at=now)
    )
    _audit(connection, approver, row, "approved", action="announcement.approve")


def cancel(connection: Connection, announcement_id: int, actor: int) -> None:
    row = get(connection, announcement_id)
    if row.status not in ("draft", "approved"):
        raise errors.AnnouncementNotDraft("a sent announcement cannot be cancelled")
    connection.execute(
        update(announcements)
        .where(announcements.c.id == announcement_id)
        .values(status="cancelled")
    )
    _audit(connection, actor, row, "cancelled", action="announcement.cancel")


def queue_due(connection: Connection, now: datetime) -> int:
    """Queue every approved announcement whose time has come; returns how many people."""
    due = select(announcements).where(
        announcements.c.status == "approved", announcements.c.send_at <= now
    )
    queued = 0
    for row in connection.execute(due.with_for_update(skip_locked=True)).all():
        queued += _queue(connection, row, now)
    return queued


def _queue(connection: Connection, row: Row[Any], now: datetime) -> int:
    data = {
        "title_th": row.title_th,
        "body_th": row.body_th,
        "title_en": row.title_en,
        "body_en": row.body_en,
        "id": row.id,
    }
    ANNOUNCEMENT.check(data)
    audience = notify.audience_named(row.audience).users(row.audience_value)
    people = audience.distinct().subquery()
    rows = select(
        people.c[0],
        literal(ANNOUNCEMENT.code),
        literal(ANNOUNCEMENT.category),
        literal(ANNOUNCEMENT.urgent),
        literal(data, notifications.c.data.type),
        literal(now, notifications.c.created_at.type),
    )
    columns = ["user_id", "kind", "category", "urgent", "data", "created_at"]
    count = int(connection.execute(select(func.count()).select_from(people)).scalar_one())
    connection.execute(insert(notifications).from_select(columns, rows))
    connection.execute(
        update(announcements)
        .where(announcements.c.id == row.id)
        .values(status="sent", sent_at=now, recipients=count)
    )
    return count


def get(connection: Connection, announcement_id: int) -> Row[Any]:
    row = connection.execute(
        select(announcements).where(announcements.c.id == announcement_id)
    ).first()
    if row is None:
        raise errors.AnnouncementNotFound("no such announcement")
    return row


def _audit(connection: Connection, actor: int, row: Row[Any], status: str, *, action: str) -> None:
    audit.record(
        connection,
        actor=f"user:{actor}",
        action=action,
        subject_type="announcement",
        subject_id=row.id,
        before={"status": row.status},
        after={"status": status, "title": row.title_th, "audience": row.audience},
    )


def recent(connection: Connection, limit: int = 50) -> list[Row[Any]]:
    query = select(announcements).order_by(announcements.c.id.desc()).limit(limit)
    return list(connection.execute(query))
