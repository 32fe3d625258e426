"""Who may do what with notifications. Every door asks here.

- everyone logged in reads their own inbox, and only their own (the operations take the
  user's id from the session, never from the request);
- everyone but an auditor marks their own messages read: an auditor changes nothing
  anywhere, so their inbox is shown without being changed;
- coordinators (operators) write announcements and approve them — the approver is
  recorded beside the author; auditors read them;
- the command line is the operator's desk (no login; whoever runs it holds the database).
"""

from typing import Final

from thungngoen.auth.tables import OPERATOR_ONLY, ROLES, STAFF
from thungngoen.auth.users import User
from thungngoen.communication.errors import MayNotMark

READERS: Final = ROLES
CLI_ACTOR: Final = "cli"
OPERATORS: Final = OPERATOR_ONLY
"""Retry dead deliveries."""
ANNOUNCERS: Final = OPERATOR_ONLY
"""Write, approve and cancel announcements (the network's coordinators; organisations'
editors join with the central data of issue 15)."""
DELIVERY_READERS: Final = STAFF
"""Read the delivery log (auditors too: they read and change nothing)."""
MARKERS: Final = tuple(role for role in ROLES if role != "auditor")


def may_mark(user: User) -> bool:
    return user.role in MARKERS


def require_may_mark(user: User) -> None:
    if not may_mark(user):
        raise MayNotMark("an auditor's reading changes nothing")
