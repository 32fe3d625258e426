"""Who may do what with printed vouchers. The API, the pages and the CLI ask here.

- the operator issues batches and cancels them (a sheet lost or stolen);
- the operator and the auditor read the batches; the auditor reads and changes nothing
  (the page shows them no form, every action answers 403);
- the plain codes are bearer value: only the operator who issued a batch sees them, in
  the answer to the issuing request or on the sheet the page holds for a while;
- a member redeems a code into their own wallet only;
- a shop owner redeems a code at their own shop only (the wallet's ownership rule,
  ``wallet.require_own_shop``, checked by the API in the same transaction);
- the command line is the operator's desk: it has no login (whoever runs it holds the
  database) and is named ``CLI_ACTOR`` in the audit log and the transfers' metadata.

The roles are given as tuples so that each door checks them in a dependency declared
before any body or form is read: the API's ``require_role`` answers a 403 rejection in
JSON, a page's ``page_role`` the 403 page, and a refused form is never even parsed.
"""

from typing import Final

from sqlalchemy import Connection

from thungngoen.auth.tables import OPERATOR_ONLY, STAFF
from thungngoen.auth.users import User
from thungngoen.wallet import Member, member_for_user

ISSUERS: Final = OPERATOR_ONLY
"""Issue, print and cancel batches."""
READERS: Final = STAFF
"""Read the batches and their counts."""
MEMBERS: Final = ("member",)
"""Redeem a code into their own wallet."""
SHOP_OWNERS: Final = ("merchant",)
"""Redeem a code at their own shop."""
CLI_ACTOR: Final = "cli"


def may_issue(user: User) -> bool:
    """Whether the batches page shows its forms (issue, cancel): operators, not auditors."""
    return user.role in ISSUERS


def may_see_codes(user: User, issued_by: int) -> bool:
    """Whether ``user`` may see the plain codes of a batch issued by user ``issued_by``."""
    return user.role in ISSUERS and user.id == issued_by


def own_wallet(connection: Connection, user: User) -> Member:
    """The wallet a member's redemption goes into: their own (``UnknownMember`` if none)."""
    return member_for_user(connection, user.id)
