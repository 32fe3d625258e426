"""Who may do what in redemption. The JSON API, the pages and the CLI ask here.

- a shop owner (role ``merchant``) redeems coin, pays suppliers and reads the position and
  the payouts of a shop they own, never of another's (``require_own_shop``); the shop
  pages work on the wallet's chosen shop (``wallet.pages.shop.current.Mine``), which is
  always one of the user's own approved shops;
- the operator acts: gathers the queued payouts into a batch, marks a batch paid and sets
  the tier rules; only the operator gets a batch's bank file, which holds the shops' full
  PromptPay IDs and bank accounts;
- the staff (operator and auditors) watch: the payouts and their batches, the legal float
  guard and the community funds. Auditors change nothing: they see no forms, and their
  posts are refused before the form is read;
- the CLI is the operator's tool on the server (it needs the database URL): it acts as the
  operator and the audit log names it ``cli``.

The roles are tuples so that each door checks them in a dependency declared before any
body or form is read: the API's ``require_role`` answers a 403 rejection in JSON, a
page's ``page_role`` the 403 page (a visitor is sent to log in first).
"""

from typing import Final

from sqlalchemy import Connection

from thungngoen import wallet
from thungngoen.auth.tables import OPERATOR_ONLY, STAFF
from thungngoen.auth.users import User

SHOP_OWNERS: Final = ("merchant",)
"""Redeem, pay suppliers, read the position and payouts: of their own shops."""
OPERATORS: Final = OPERATOR_ONLY
"""Batch the payouts, mark a batch paid, set the tier rules, get the bank file."""
WATCHERS: Final = STAFF
"""Read the payouts, the batches, the legal guard and the funds."""
CLI_ACTOR: Final = "cli"
"""How the audit log names what the CLI did."""


def may_act(user: User) -> bool:
    """Whether the payout pages show their forms: to operators, not to auditors."""
    return user.role in OPERATORS


def require_own_shop(connection: Connection, user: User, merchant_id: int) -> None:
    """A shop owner acts on their own shop only: the wallet's rule (an unknown shop is
    refused the same way, so that the answer tells nothing about other shops)."""
    wallet.require_own_shop(connection, user, merchant_id)
