"""Communication: what the platform tells people and how it reaches them.

The notifications themselves (kinds, raising, the inbox rows) are the core's
``thungngoen.notify``, so that every area, the wallet included, can raise them; this area
owns the doors people use: the inbox page and API, and the ``thungngoen notify`` commands.
"""

from thungngoen.communication.worker import Worker, run_round, run_scheduled
from thungngoen.notify import Message, inbox, mark_all_read, mark_read, message, unread_count

__all__ = [
    "Message",
    "Worker",
    "inbox",
    "mark_all_read",
    "mark_read",
    "message",
    "run_round",
    "run_scheduled",
    "unread_count",
]
