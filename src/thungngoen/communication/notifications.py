"""What the communication area itself raises: an announcement, in both languages as its
author wrote it, and a person's digest."""

from thungngoen.notify import NotificationKind, Texts

ANNOUNCEMENT = NotificationKind(
    "communication.announcement",
    "news",
    {"title_th": "text", "body_th": "text", "title_en": "text", "body_en": "text", "id": "count"},
    th=Texts("{title_th}", "{body_th}"),
    en=Texts("{title_en}", "{body_en}"),
    link="/inbox",
)

DIGEST = NotificationKind(
    "communication.digest",
    "news",
    {"digest": "count", "first": "day", "last": "day"},
    th=Texts(
        "สรุปของคุณ {first} – {last}",
        "ยอดเงินและสิ่งที่เปลี่ยนไป ข่าวชุมชน กิจกรรมที่กำลังจะมา และตัวเลขของเครือข่าย",
    ),
    en=Texts(
        "Your digest, {first} – {last}",
        "Your balance and what changed, community news, coming events, the network in figures.",
    ),
    link="/inbox/digest/{digest}",
)
"""A person's weekly or monthly digest (``digests``): the message is short, the digest
itself is read on its page (or whole in an email)."""

KINDS = (ANNOUNCEMENT, DIGEST)
