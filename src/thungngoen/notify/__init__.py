"""Notifications: what the platform tells a person, raised by the areas' operations.

An area declares its kinds (``NotificationKind``: category, values, Thai and English
texts) and raises them with ``notify`` inside the transaction of the operation; the row
written is both the person's inbox entry and the outbox the delivery worker reads.
"""

from thungngoen.notify.audiences import Audience, all_audiences, audience_named
from thungngoen.notify.digests import (
    Content,
    DigestSection,
    Line,
    Said,
    Shown,
    all_sections,
    gather_digest,
    render_digest,
)
from thungngoen.notify.inbox import PAGE as INBOX_PAGE
from thungngoen.notify.inbox import (
    Message,
    inbox,
    mark_all_read,
    mark_read,
    message,
    unread_count,
)
from thungngoen.notify.kinds import (
    CATEGORIES,
    Category,
    Language,
    NotificationKind,
    Texts,
    language_named,
)
from thungngoen.notify.raising import notify
from thungngoen.notify.receipts import Receipt, ReceiptCard
from thungngoen.notify.registry import all_kinds, kind_named
from thungngoen.notify.scheduled import (
    Scheduled,
    Timetable,
    all_scheduled,
    notify_once,
    notify_once_many,
)

__all__ = [
    "CATEGORIES",
    "INBOX_PAGE",
    "Audience",
    "Category",
    "Content",
    "DigestSection",
    "Language",
    "Line",
    "Message",
    "NotificationKind",
    "Receipt",
    "ReceiptCard",
    "Said",
    "Scheduled",
    "Shown",
    "Texts",
    "Timetable",
    "all_audiences",
    "all_kinds",
    "all_scheduled",
    "all_sections",
    "audience_named",
    "gather_digest",
    "inbox",
    "kind_named",
    "language_named",
    "mark_all_read",
    "mark_read",
    "message",
    "notify",
    "notify_once",
    "notify_once_many",
    "render_digest",
    "unread_count",
]
