"""Who may do what in the wallet. The API, the pages and the other areas' shop routes
ask here.

- a merchant user runs the shops they own, and only those (``owned_shops``,
  ``owns_shop``, ``require_own_shop``): another's shop is refused with ``Forbidden``,
  and so is a shop number that does not exist;
- the staff (``STAFF``: operator, auditor) read the platform; the operator's decisions
  on shops and people are the console's (``console.access``), the auditor changes nothing;
- an agent's float limit and the cash an agent hands over are the operator's alone
  (``FLOAT_OPERATORS``): agents see their own float, the auditor sees every agent's;
- a donation or a grant into a community fund is recorded by the operator alone
  (``FUND_OPERATORS``); the staff read the funds' statements and receipts.

The login role itself (member, merchant, agent, staff) is checked by the doors'
dependencies (``web.deps``, ``web.sessions``); the rules that need the data are here.
"""

from typing import Final

from sqlalchemy import Connection, select

from thungngoen.auth.errors import Forbidden
from thungngoen.auth.tables import OPERATOR_ONLY
from thungngoen.auth.tables import STAFF as STAFF
from thungngoen.auth.users import User
from thungngoen.wallet.people import Shop, find_shop
from thungngoen.wallet.tables import merchants

FLOAT_OPERATORS: Final = OPERATOR_ONLY
"""Who sets an agent's float limit and records a cash hand-over: the coin minted against
an agent's cash is the operator's risk, so no one else moves that limit."""


FUND_OPERATORS: Final = OPERATOR_ONLY
"""Who records baht given to a community fund: the receipt is the operator's word that
the baht is in its bank."""


def owned_shops(connection: Connection, user: User) -> list[Shop]:
    """The shops ``user`` owns, oldest first (none for a login that owns no shop)."""
    rows = connection.execute(
        select(*(merchants.c[name] for name in Shop._fields))
        .where(merchants.c.owner_user_id == user.id)
        .order_by(merchants.c.id)
    )
    return [Shop(*row) for row in rows]


def owns_shop(connection: Connection, user: User, merchant_id: int) -> bool:
    shop = find_shop(connection, merchant_id)
    return shop is not None and shop.owner_user_id == user.id


def require_own_shop(connection: Connection, user: User, merchant_id: int) -> Shop:
    """The shop ``merchant_id`` if ``user`` owns it; else ``Forbidden`` (also when there
    is no such shop, so that shop numbers cannot be probed)."""
    shop = find_shop(connection, merchant_id)
    if shop is None or shop.owner_user_id != user.id:
        raise Forbidden("this is not your shop")
    return shop
