"""Notifications: what the platform tells a person, raised by the areas' operations.

An area declares its kinds (``NotificationKind``: category, values, Thai and English
texts) and raises them with ``notify`` inside the transaction of the operation; the row
written is both the person's inbox entry and the outbox the delivery worker reads.
"""

from thungngoen.notify.inbox import Message, inbox, mark_all_read, mark_read, unread_count
from thungngoen.notify.kinds import CATEGORIES, Category, NotificationKind, Texts
from thungngoen.notify.raising import notify
from thungngoen.notify.registry import all_kinds, kind_named

__all__ = [
    "CATEGORIES",
    "Category",
    "Message",
    "NotificationKind",
    "Texts",
    "all_kinds",
    "inbox",
    "kind_named",
    "mark_all_read",
    "mark_read",
    "notify",
    "unread_count",
]
