"""The operator's decision on a shop: approve it in a tier, reject the application, or
suspend it. A rejection is the operation's ``suspended`` status given to a shop that was
never approved (the shop table has no separate status for it)."""

from sqlalchemy import Connection

from thungngoen.console.pages.merchant_rows import tier_choices
from thungngoen.wallet.errors import UnknownMerchant, WalletError
from thungngoen.wallet.people import find_shop, set_merchant_status

NEXT_STATUS = {"approve": "approved", "reject": "suspended", "suspend": "suspended"}
DECISIONS_BY_STATUS = {
    "pending": ("approve", "reject"),
    "approved": ("suspend",),
    "suspended": ("approve",),
    "rejected": ("approve",),
}
DONE = {
    "approve": "The shop is approved.",
    "reject": "The application is rejected.",
    "suspend": "The shop is suspended.",
}


class DecisionNotAllowed(WalletError):
    code = "decision_not_allowed"


class UnknownTier(WalletError):
    code = "unknown_tier"


def decide(connection: Connection, merchant_id: int, decision: str, tier: str, actor: str) -> None:
    shop = find_shop(connection, merchant_id)
    if shop is None:
        raise UnknownMerchant(f"merchant {merchant_id} does not exist")
    if decision not in DECISIONS_BY_STATUS[shop.status]:
        raise DecisionNotAllowed(f"a {shop.status} shop cannot be given the decision {decision!r}")
    if decision == "approve" and tier not in {rule.tier for rule in tier_choices(connection)}:
        raise UnknownTier("choose one of the tiers")
    chosen = tier if decision == "approve" else None
    set_merchant_status(connection, merchant_id, NEXT_STATUS[decision], actor=actor, tier=chosen)
