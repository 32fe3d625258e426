"""The operator's decision on a shop: approve it in a tier, reject its application, or
suspend it — the state machine. Every door decides here: the console (its page by
decision, its API by the status asked for, both through ``console.merchant_decisions``,
which adds the redemption area's tiers) and the CLI's ``add-merchant --approve`` — so a
decision one door refuses, every door refuses. ``people.set_merchant_status`` is the bare
setter underneath (the demo and simulation loaders use it to build their shops).

A tier is only ever given from ``known_tiers``, the tiers the caller read from the
redemption area (the wallet sits below it): with none known, no tier can be set.

A rejection is the ``suspended`` status given to a shop that was never approved: the shop
table keeps only the current status and the audit log every approval, so
``rejected_shops`` reads the log. Rejected and suspended shops allow the same decisions;
only what the console shows differs, so the table needs no status of its own for it.
"""

from collections.abc import Collection

from sqlalchemy import Connection, select

from thungngoen.audit.tables import audit_log
from thungngoen.wallet.errors import DecisionNotAllowed, UnknownMerchant, UnknownTier
from thungngoen.wallet.people import Shop, find_shop, set_merchant_status
from thungngoen.wallet.tables import merchants

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
    known_tiers: Collection[str] = (),
) -> None:
    """Give the shop ``decision`` (approve, reject or suspend) if its status allows it.

    Approving puts the shop in ``tier``, which must be one of ``known_tiers``; without a
    tier (``None``: the API and the CLI may leave it out) the shop keeps its tier.
    """
    shop = _shop(connection, merchant_id)
    _apply(connection, shop, decision, (tier, known_tiers), actor)


def move_merchant(
    connection: Connection,
    merchant_id: int,
    status: str,
    *,
    actor: str,
    tier: str | None = None,
    known_tiers: Collection[str] = (),
) -> str:
    """Take the shop to ``status`` by the one decision that leads there from its current
    status (a pending shop made ``suspended`` is rejected); returns that decision."""
    shop = _shop(connection, merchant_id)
    allowed = DECISIONS_BY_STATUS.get(shop.status, ())
    leading = [decision for decision in allowed if NEXT_STATUS[decision] == status]
    if not leading:
        raise DecisionNotAllowed(f"a {shop.status} shop cannot be made {status}")
    _apply(connection, shop, leading[0], (tier, known_tiers), actor)
    return leading[0]


def _shop(connection: Connection, merchant_id: int) -> Shop:
    shop = find_shop(connection, merchant_id)
    if shop is None:
        raise UnknownMerchant(f"merchant {merchant_id} does not exist")
    return shop


def _apply(
    connection: Connection,
    shop: Shop,
    decision: str,
    tiers: tuple[str | None, Collection[str]],
    actor: str,
) -> None:
    if decision not in DECISIONS_BY_STATUS.get(shop.status, ()):
        raise DecisionNotAllowed(f"a {shop.status} shop cannot be given the decision {decision!r}")
    tier, known_tiers = tiers
    approving = decision == "approve"
    if approving and tier is not None and tier not in known_tiers:
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
