"""What the communication area says in a digest: the community news — the announcements
that reached the person in the period, newest first (at most ``MOST``), each leading to
the inbox where it can be read whole."""

from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import Connection, select

from thungngoen.communication.notifications import ANNOUNCEMENT
from thungngoen.notify import DigestSection, Line, Said
from thungngoen.notify.tables import notifications

MOST = 10

LINES = (
    Line(
        "announcement",
        {"title_th": "text", "title_en": "text"},
        "{title_th}",
        "{title_en}",
        "/inbox",
    ),
)


def _news(
    connection: Connection, user_ids: Sequence[int], since: datetime, until: datetime
) -> Mapping[int, Sequence[Said]]:
    query = (
        select(notifications.c.user_id, notifications.c.data)
        .where(
            notifications.c.user_id.in_(user_ids),
            notifications.c.kind == ANNOUNCEMENT.code,
            notifications.c.created_at >= since,
            notifications.c.created_at < until,
        )
        .order_by(notifications.c.user_id, notifications.c.id.desc())
    )
    said: dict[int, list[Said]] = {}
    for user_id, data in connection.execute(query):
        told = said.setdefault(user_id, [])
        if len(told) < MOST:
            told.append(
                Said("announcement", {"title_th": data["title_th"], "title_en": data["title_en"]})
            )
    return said


NEWS = DigestSection("communication.news", 30, "ข่าวชุมชน", "Community news", LINES, _news)
SECTIONS = (NEWS,)
