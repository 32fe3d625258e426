"""Merchant tiers: which merchants may redeem coin, at what fee, and after how much re-spend.

Re-spend rule (as in Thailand's 2024 digital wallet): a tier with ``respend_share_bp`` must
pass that share of the coin it received from members on to other network merchants
(``pay_supplier``) before it may turn it into baht::

    received   = coin received from members (payments, net of discounts and refunds)
    required   = ceil(received × respend_share)       rounded in favour of circulation
    owed       = max(0, required − respent)           respent: paid to other merchants
    redeemable = max(0, wallet balance − owed)

The coin still owed to the network stays in the wallet; the balance already accounts
for earlier redemptions and cashback, and coin received from other merchants
(second-round coin) is freely redeemable. The rule is cumulative over the merchant's life.

Worked example, tier "large" (50%): members pay the shop 10,000 baht, so required =
5,000 and, with nothing re-spent, it may redeem 5,000 of its 10,000. It pays the rice
wholesaler 3,000 (owed 2,000, balance 7,000): redeemable still 5,000. It redeems 5,000
(balance 2,000): redeemable 0 until it pays other network shops 2,000 more.
"""

from dataclasses import asdict
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, func, insert, select

from thungngoen import audit, ledger
from thungngoen.redemption.model import RedeemablePosition, TierRule
from thungngoen.redemption.tables import BASIS, merchant_payments, tier_rules
from thungngoen.wallet import errors
from thungngoen.wallet.tables import merchants, payments

DEFAULT_TIER_RULES = {
    rule.tier: rule
    for rule in (
        TierRule("standard", True, 0, 500),
        TierRule("small", True, 0, 500),
        TierRule("large", True, 5_000, 500),
        TierRule("circulate_only", False, 0, 500),
    )
}
"""Used for a tier until the operator stores its own rule (``set_tier_rule``)."""


def tier_rule(connection: Connection, tier: str) -> TierRule | None:
    row = connection.execute(select(tier_rules).where(tier_rules.c.tier == tier)).first()
    if row is None:
        return DEFAULT_TIER_RULES.get(tier)
    return TierRule(row.tier, bool(row.may_redeem), row.respend_share_bp, row.fee_bp)


def list_tier_rules(connection: Connection) -> list[TierRule]:
    """The rule of every tier a shop may be given: the built-in tiers and any the operator
    defined, by name."""
    stored = connection.execute(select(tier_rules.c.tier)).scalars()
    names = sorted(set(DEFAULT_TIER_RULES) | set(stored))
    return [rule for name in names if (rule := tier_rule(connection, name)) is not None]


def set_tier_rule(connection: Connection, rule: TierRule, actor: str, now: datetime) -> None:
    """Store the operator's rule for a tier (it replaces the default, if any)."""
    if not (0 <= rule.respend_share_bp <= BASIS and 0 <= rule.fee_bp < BASIS):
        raise errors.WalletError("re-spend share must be 0–100% and the fee below 100%")
    if not 0 < len(rule.tier) <= 20:
        raise errors.WalletError("a tier name has 1 to 20 characters")
    before = tier_rule(connection, rule.tier)
    values = {**_rule_dict(rule), "updated_at": now}
    stored = select(tier_rules.c.tier).where(tier_rules.c.tier == rule.tier)
    if connection.execute(stored).first() is None:
        connection.execute(insert(tier_rules), {"tier": rule.tier, **values})
    else:
        connection.execute(tier_rules.update().where(tier_rules.c.tier == rule.tier), values)
    audit.record(
        connection,
        actor=actor,
        action="redemption.tier_rule",
        subject_type="tier",
        subject_id=rule.tier,
        before=_rule_dict(before) if before else None,
        after=_rule_dict(rule),
    )


def redeemable_position(connection: Connection, merchant_id: int) -> RedeemablePosition:
    merchant = merchant_row(connection, merchant_id)
    rule = tier_rule(connection, merchant.tier)
    return respend_position(connection, merchant, rule.respend_share_bp if rule else 0)


def merchant_row(connection: Connection, merchant_id: int, lock: bool = False) -> Row[Any]:
    """The merchant row; ``lock`` serialises one merchant's redemptions and re-spends."""
    query = select(merchants).where(merchants.c.id == merchant_id)
    row = connection.execute(query.with_for_update(key_share=True) if lock else query).first()
    if row is None:
        raise errors.UnknownMerchant(f"merchant {merchant_id} does not exist")
    return row


def respend_position(
    connection: Connection, merchant: Row[Any], share_bp: int
) -> RedeemablePosition:
    """The position of ``merchant`` (a ``wallet_merchants`` row) under a re-spend share."""
    received = connection.execute(
        select(
            func.coalesce(
                func.sum(payments.c.amount - payments.c.discount - payments.c.refunded), 0
            )
        ).where(payments.c.merchant_id == merchant.id)
    ).scalar_one()
    respent = connection.execute(
        select(func.coalesce(func.sum(merchant_payments.c.amount), 0)).where(
            merchant_payments.c.merchant_id == merchant.id
        )
    ).scalar_one()
    balance = ledger.balance(connection, merchant.account_id)
    required = -(-int(received) * share_bp // BASIS)
    return RedeemablePosition(balance, int(received), required, int(respent))


def _rule_dict(rule: TierRule) -> dict[str, Any]:
    return {name: value for name, value in asdict(rule).items() if name != "tier"}
