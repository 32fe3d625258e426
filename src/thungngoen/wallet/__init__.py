"""The Songkhla Wallet: members, merchants and agents, coin payments, promotions, programs
and event allowances. Every door (API, pages, CLI, the other areas) calls the operations
below, each in the caller's write or read transaction.

- ``access``: who may do what (a merchant runs their own shops; the operator decides,
  the auditor looks);
- ``merchant_decisions``: approving, rejecting and suspending a shop.
"""

from thungngoen.wallet.access import STAFF, may_decide, owned_shops, owns_shop, require_own_shop
from thungngoen.wallet.merchant_decisions import (
    DECISIONS_BY_STATUS,
    NEXT_STATUS,
    decide_merchant,
    move_merchant,
    rejected_shops,
)
from thungngoen.wallet.people import change_account_status

__all__ = [
    "DECISIONS_BY_STATUS",
    "NEXT_STATUS",
    "STAFF",
    "change_account_status",
    "decide_merchant",
    "may_decide",
    "move_merchant",
    "owned_shops",
    "owns_shop",
    "rejected_shops",
    "require_own_shop",
]
