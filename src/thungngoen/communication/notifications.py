"""What the communication area itself raises: an announcement, in both languages as its
author wrote it."""

from thungngoen.notify import NotificationKind, Texts

ANNOUNCEMENT = NotificationKind(
    "communication.announcement",
    "news",
    {"title_th": "text", "body_th": "text", "title_en": "text", "body_en": "text", "id": "count"},
    th=Texts("{title_th}", "{body_th}"),
    en=Texts("{title_en}", "{body_en}"),
    link="/inbox",
)

KINDS = (ANNOUNCEMENT,)
