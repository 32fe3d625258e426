"""The operator's decision on a shop: approve it in a tier, reject its application, or
suspend it. Every door decides here — the console page by decision (``decide_merchant``),
the API by the status it asks for (``move_merchant``), the CLI's ``add-merchant
--approve`` — so a decision one door refuses, every door refuses.
``people.set_merchant_status`` is the bare setter underneath (the demo and simulation
loaders use it to build their shops).

A rejection is the ``suspended`` status given to a shop that was never approved: the shop
table keeps only the current status and the audit log every approval, so
``rejected_shops`` reads the log. Rejected and suspended shops allow the same decisions;
only what the console shows differs, so the table needs no status of its own for it.
"""

from collections.abc import Collection
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select

from thungngoen.audit.tables import audit_log
from thungngoen.wallet.errors import DecisionNotAllowed, UnknownMerchant, UnknownTier
from thungngoen.wallet.people import Shop, find_shop, set_merchant_status
from thungngoen.wallet.tables import merchants

if TYPE_CHECKING:
    from thungngoen.redemption.model import TierRule

NEXT_STATUS = {"approve": "approved", "reject": "suspended", "suspend": "suspended"}
"""Where each decision takes a shop."""
DECISIONS_BY_STATUS: dict[str, tuple[str, ...]] = {
    "pending": ("approve", "reject"),
    "approved": ("suspend",),
    "suspended": ("approve",),
    "rejected": ("approve",),
}
"""The decisions a shop in each status may be given (``rejected``: see the module)."""


def decide_merchant(
    connection: Connection,
    merchant_id: int,
    decision: str,
    *,
    actor: str,
    tier: str | None = None,
) -> None:
    """Give the shop ``decision`` (approve, reject or suspend) if its status allows it.

    Approving puts the shop in ``tier``, which must be one of ``tier_choices``; without a
    tier (``None``: the API and the CLI may leave it out) the shop keeps its tier.
    """
    shop = _shop(connection, merchant_id)
    _apply(connection, shop, decision, tier, actor)


def move_merchant(
    connection: Connection,
    merchant_id: int,
    status: str,
    *,
    actor: str,
    tier: str | None = None,
) -> str:
    """Take the shop to ``status`` by the one decision that leads there from its current
    status (a pending shop made ``suspended`` is rejected); returns that decision."""
    shop = _shop(connection, merchant_id)
    allowed = DECISIONS_BY_STATUS.get(shop.status, ())
    leading = [decision for decision in allowed if NEXT_STATUS[decision] == status]
    if not leading:
        raise DecisionNotAllowed(f"a {shop.status} shop cannot be made {status}")
    _apply(connection, shop, leading[0], tier, actor)
    return leading[0]


def _shop(connection: Connection, merchant_id: int) -> Shop:
    shop = find_shop(connection, merchant_id)
    if shop is None:
        raise UnknownMerchant(f"merchant {merchant_id} does not exist")
    return shop


def _apply(connection: Connection, shop: Shop, decision: str, tier: str | None, actor: str) -> None:
    if decision not in DECISIONS_BY_STATUS.get(shop.status, ()):
        raise DecisionNotAllowed(f"a {shop.status} shop cannot be given the decision {decision!r}")
    approving = decision == "approve"
    if approving and tier is not None and tier not in tier_names(connection):
        raise UnknownTier("choose one of the tiers")
    chosen = tier if approving else None
    set_merchant_status(connection, shop.id, NEXT_STATUS[decision], actor=actor, tier=chosen)


def rejected_shops(connection: Connection, merchant_ids: Collection[int]) -> set[int]:
    """Those of these shops that are rejected: suspended and never approved (the audit
    log keeps every approval; the shop table only the current status)."""
    if not merchant_ids:
        return set()
    suspended = set(
        connection.execute(
            select(merchants.c.id).where(
                merchants.c.id.in_(list(merchant_ids)), merchants.c.status == "suspended"
            )
        ).scalars()
    )
    if not suspended:
        return set()
    approved = connection.execute(
        select(audit_log.c.subject_id).where(
            audit_log.c.subject_type == "merchant",
            audit_log.c.action == "merchant.approved",
            audit_log.c.subject_id.in_([str(shop_id) for shop_id in suspended]),
        )
    ).scalars()
    return suspended - {int(shop_id) for shop_id in approved}


def tier_choices(connection: Connection) -> list["TierRule"]:
    """The tiers a shop may be approved in: the built-in ones and any the operator
    defined, with their redemption rules.

    The tier rules are the redemption area's, and redemption builds on the wallet: it is
    imported here, when asked, so that importing the wallet does not import redemption
    (which imports the wallet back).
    """
    from thungngoen.redemption.tables import tier_rules
    from thungngoen.redemption.tiers import DEFAULT_TIER_RULES, tier_rule

    stored = connection.execute(select(tier_rules.c.tier)).scalars()
    names = sorted(set(DEFAULT_TIER_RULES) | set(stored))
    return [rule for name in names if (rule := tier_rule(connection, name)) is not None]


def tier_names(connection: Connection) -> set[str]:
    return {rule.tier for rule in tier_choices(connection)}
