"""Merchants turn coin back into baht.

Booking (one linked batch): the coin goes from the merchant's wallet back to ``skc:mint``
(burned); ``thb:backing`` pays ``amount − fee`` into ``thb:payouts`` (owed to the merchant
until the bank pays it, see ``payouts``) and the fee into the chosen community fund
``thb:fund:<code>``. Coin outstanding and backing both fall by ``amount``. A payout
instruction is queued with the merchant's PromptPay ID or bank account as they are now.

Fee: ``ceil(amount × fee_bp / 10 000)`` satang, rounded up in favour of the fund
(5% of 10.01 baht is 50.05 satang: the fund gets 51). Who may redeem how much: ``tiers``.
"""

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, insert, select

from thungngoen import audit, ledger
from thungngoen.redemption import payouts
from thungngoen.redemption.errors import (
    AboveRedeemable,
    InsufficientCoin,
    TierMayNotRedeem,
)
from thungngoen.redemption.model import Redemption
from thungngoen.redemption.tables import BASIS, payout_instructions, redemptions
from thungngoen.redemption.tiers import merchant_row, respend_position, tier_rule
from thungngoen.wallet import book, errors
from thungngoen.wallet.errors import UnknownFund

MIN_REDEMPTION = 100
"""One baht: smaller payouts cost the bank more than they are worth."""


def redemption_fee(amount: int, fee_bp: int) -> int:
    return -(-amount * fee_bp // BASIS)


def redeem(
    connection: Connection,
    merchant_id: int,
    amount_satang: int,
    fund_code: str,
    idempotency_key: str,
    actor: str,
    now: datetime,
) -> Redemption:
    amount = amount_satang
    if not isinstance(amount, int) or isinstance(amount, bool) or amount < MIN_REDEMPTION:
        raise errors.InvalidAmount("the smallest redemption is 1 baht")
    if fund_code not in book.COMMUNITY_FUNDS:
        raise UnknownFund(f"no community fund {fund_code!r}")
    merchant = merchant_row(connection, merchant_id, lock=True)
    key = f"redeem:{merchant_id}:{idempotency_key}"
    earlier = _replay(connection, key)
    if earlier is not None:
        if (earlier.amount, earlier.fund_code) != (amount, fund_code):
            raise ledger.errors.IdempotencyConflict(
                "this idempotency key was already used for a different redemption"
            )
        return earlier
    if merchant.status != "approved":
        raise errors.MerchantNotApproved("only an approved merchant may redeem coin")
    rule = tier_rule(connection, merchant.tier)
    if rule is None or not rule.may_redeem:
        raise TierMayNotRedeem(f"merchants of tier {merchant.tier!r} may not redeem coin")
    position = respend_position(connection, merchant, rule.respend_share_bp)
    if amount > position.balance:
        raise InsufficientCoin(f"the wallet holds {position.balance} satang of coin")
    if amount > position.redeemable:
        raise AboveRedeemable(
            f"at most {position.redeemable} satang is redeemable: {position.respend_owed}"
            " satang must first be re-spent at other network merchants"
        )
    fee = redemption_fee(amount, rule.fee_bp)
    legs = _legs(connection, merchant, amount, fee, fund_code, actor)
    burn = ledger.post_batch(connection, legs, idempotency_key=key)[0]
    values: dict[str, Any] = {"merchant_id": merchant_id, "burn_transfer_id": burn.id}
    values |= {
        "amount": amount,
        "fee": fee,
        "fee_bp": rule.fee_bp,
        "fund_code": fund_code,
        "tier": rule.tier,
    }
    redemption_id = connection.execute(
        insert(redemptions).returning(redemptions.c.id), {**values, "created_at": now}
    ).scalar_one()
    instruction_id = payouts.queue_payout(connection, redemption_id, merchant, amount - fee, now)
    audit.record(
        connection,
        actor=actor,
        action="redemption.redeem",
        subject_type="redemption",
        subject_id=redemption_id,
        after={**values, "net": amount - fee, "payout_instruction_id": instruction_id},
    )
    return Redemption(redemption_id, merchant_id, amount, fee, fund_code, burn.id, instruction_id)


def _legs(
    connection: Connection, merchant: Row[Any], amount: int, fee: int, fund: str, actor: str
) -> list[ledger.TransferRequest]:
    def account(code: str) -> int:
        return book.system_account_id(connection, code)

    backing = account(book.BACKING)
    memo = f"แลกเหรียญเป็นเงินบาท {merchant.business_name}"
    meta = {"actor": actor, "merchant_id": merchant.id, "fund": fund}
    legs = [
        ledger.TransferRequest(
            merchant.account_id, account(book.MINT), amount, "SKC", "redemption", memo, meta
        ),
        ledger.TransferRequest(
            backing, account(book.PAYOUTS), amount - fee, "THB", "redemption", memo, meta
        ),
    ]
    if fee:
        fund_account = account(f"thb:fund:{fund}")
        legs.append(
            ledger.TransferRequest(backing, fund_account, fee, "THB", "redemption_fee", memo, meta)
        )
    return legs


def _replay(connection: Connection, key: str) -> Redemption | None:
    batch = ledger.batch_by_key(connection, key)
    if not batch:
        return None
    row = connection.execute(
        select(redemptions, payout_instructions.c.id.label("instruction_id"))
        .join(payout_instructions, payout_instructions.c.redemption_id == redemptions.c.id)
        .where(redemptions.c.burn_transfer_id == batch[0].id)
    ).one()
    return Redemption(**{name: row._mapping[name] for name in Redemption.__slots__})
