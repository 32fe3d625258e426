"""The operator's decisions on shops, as the console's page and API give them: the wallet's
state machine (``wallet.decide_merchant``, ``wallet.move_merchant``) with the tiers a
shop may be approved in, which are the redemption area's (its tier rules)."""

from sqlalchemy import Connection

from thungngoen import redemption, wallet


def tier_choices(connection: Connection) -> list[redemption.TierRule]:
    """The tiers a shop may be approved in: the built-in ones and any the operator
    defined, with their redemption rules."""
    return redemption.list_tier_rules(connection)


def decide_merchant(
    connection: Connection, merchant_id: int, decision: str, *, actor: str, tier: str | None
) -> None:
    """Give the shop ``decision`` (approve in ``tier``, reject, suspend) if its status
    allows it (the console page)."""
    known = [rule.tier for rule in tier_choices(connection)]
    wallet.decide_merchant(
        connection, merchant_id, decision, actor=actor, tier=tier, known_tiers=known
    )


def move_merchant(
    connection: Connection, merchant_id: int, status: str, *, actor: str, tier: str | None
) -> str:
    """Take the shop to ``status`` by the one decision that leads there (the API)."""
    known = [rule.tier for rule in tier_choices(connection)]
    return wallet.move_merchant(
        connection, merchant_id, status, actor=actor, tier=tier, known_tiers=known
    )
