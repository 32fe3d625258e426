"""Who may do what with PromptPay top-ups and bank statements. The API, the pages and the
CLI ask here.

- a member asks for top-ups into their own wallet and sees their own requests only:
  another member's request is "not found" (``UnknownTopUpRequest``), its existence untold;
- the operator imports the bank statement, decides the lines nothing matched (credit a
  member, record a refund) and expires stale requests;
- the operator and the auditor read the reconciliation and the unmatched lines; the
  auditor reads and changes nothing (the page shows them no form, every action answers
  403, an upload is refused before its file is read);
- the command line is the operator's desk: it has no login (whoever runs it holds the
  database) and is named ``CLI_ACTOR`` in the audit log.

The roles are given as tuples so that each door checks them in a dependency declared
before any body or form is read: the API's ``require_role`` answers a 403 rejection in
JSON, a page's ``page_role`` the 403 page.
"""

from typing import Final

from sqlalchemy import Connection

from thungngoen.auth.tables import OPERATOR_ONLY, STAFF
from thungngoen.auth.users import User
from thungngoen.topups.errors import UnknownTopUpRequest
from thungngoen.topups.requests import TopUpRequest, get_topup_request
from thungngoen.wallet import Member, member_for_user

MEMBERS: Final = ("member",)
"""Ask for top-ups into their own wallet."""
DECIDERS: Final = OPERATOR_ONLY
"""Import statements, decide unmatched lines, expire requests."""
READERS: Final = STAFF
"""Read the reconciliation and the unmatched lines."""
CLI_ACTOR: Final = "cli"


def may_decide(user: User) -> bool:
    """Whether the statements page shows its forms (upload, decide): operators only."""
    return user.role in DECIDERS


def own_wallet(connection: Connection, user: User) -> Member:
    """The wallet a member's top-up goes into: their own (``UnknownMember`` if none)."""
    return member_for_user(connection, user.id)


def own_topup_request(connection: Connection, user: User, request_id: int) -> TopUpRequest:
    """The member's own request; another member's is ``UnknownTopUpRequest`` too."""
    member = own_wallet(connection, user)
    found = get_topup_request(connection, request_id)
    if found.member_id != member.id:
        raise UnknownTopUpRequest(f"top-up request {request_id} does not exist")
    return found
