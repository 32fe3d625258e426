"""Redeeming coin for baht: booking, fees, and the rules that refuse a redemption."""

import pytest
from sqlalchemy import select, text

from tests.redemption.redemption_helpers import (
    NOW,
    add_shop,
    all_checks_pass,
    balance_of,
    do_redeem,
    snapshot,
    top_up_and_pay,
    wallet_of,
    write,
)
from tests.wallet.conftest import World
from thungngoen import ledger
from thungngoen.db import read_transaction
from thungngoen.errors import DomainError
from thungngoen.redemption import (
    AboveRedeemable,
    InsufficientCoin,
    TierMayNotRedeem,
    TierRule,
    redemption_fee,
    set_tier_rule,
)
from thungngoen.redemption.tables import payout_instructions
from thungngoen.wallet import book, errors
from thungngoen.wallet.checkout import pay_merchant
from thungngoen.wallet.errors import UnknownFund
from thungngoen.wallet.reserve import reserve_report
from thungngoen.wallet.topups import cash_topup


def test_redemption_burns_coin_pays_out_and_funds_the_community(world: World) -> None:
    top_up_and_pay(world, world.shop_id, 100_000, "sale-1")
    write(
        world,
        lambda c: cash_topup(
            c,
            agent_id=world.agent_id,
            member_id=world.anan.id,
            amount=50_000,
            idempotency_key="anan-1",
            actor="agent:1",
        ),
    )
    redemption = do_redeem(world, world.shop_id, 100_000, "r-1", fund="citizens-day")
    assert (redemption.amount, redemption.fee, redemption.net) == (100_000, 5_000, 95_000)
    assert balance_of(world, wallet_of(world, world.shop_id)) == 0
    assert balance_of(world, book.PAYOUTS) == 95_000
    assert balance_of(world, "thb:fund:citizens-day") == 5_000
    assert balance_of(world, "thb:fund:welfare") == 0
    with read_transaction(world.engine) as connection:
        report = reserve_report(connection)
        burn = ledger.batch_by_key(connection, f"redeem:{world.shop_id}:r-1")
        instruction = connection.execute(select(payout_instructions)).one()
    assert (report.coin_outstanding, report.baht_backing) == (50_000, 50_000)
    assert [(t.currency, t.purpose, t.amount) for t in burn] == [
        ("SKC", "redemption", 100_000),
        ("THB", "redemption", 95_000),
        ("THB", "redemption_fee", 5_000),
    ]
    assert len({t.batch_id for t in burn}) == 1
    assert burn[0].metadata is not None
    assert burn[0].metadata["actor"] == "merchant:9"
    assert (instruction.id, instruction.amount, instruction.status) == (
        redemption.instruction_id,
        95_000,
        "queued",
    )
    assert (instruction.payout_promptpay, instruction.payout_bank_account) == ("0861112222", None)
    assert all_checks_pass(world)


def test_redeeming_again_with_the_same_key_changes_nothing(world: World) -> None:
    top_up_and_pay(world, world.shop_id, 20_000, "sale-1")
    first = do_redeem(world, world.shop_id, 10_000, "r-1")
    before = snapshot(world)
    assert do_redeem(world, world.shop_id, 10_000, "r-1") == first
    assert snapshot(world) == before
    with pytest.raises(ledger.errors.IdempotencyConflict):
        do_redeem(world, world.shop_id, 10_001, "r-1")
    with pytest.raises(ledger.errors.IdempotencyConflict):
        do_redeem(world, world.shop_id, 10_000, "r-1", fund="savings-groups")
    assert snapshot(world) == before


@pytest.mark.parametrize(
    ("amount", "fee_bp", "fee"),
    [(100, 500, 5), (1_001, 500, 51), (119, 500, 6), (2_000, 500, 100), (1_001, 0, 0)],
)
def test_fee_is_rounded_up_in_favour_of_the_fund(amount: int, fee_bp: int, fee: int) -> None:
    assert redemption_fee(amount, fee_bp) == fee


def test_booked_fee_is_rounded_up_and_configurable_per_tier(world: World) -> None:
    top_up_and_pay(world, world.shop_id, 10_000, "sale-1")
    assert do_redeem(world, world.shop_id, 1_001, "r-1").fee == 51
    assert balance_of(world, "thb:fund:welfare") == 51
    assert balance_of(world, book.PAYOUTS) == 950
    rule = TierRule("standard", may_redeem=True, respend_share_bp=0, fee_bp=300)
    write(world, lambda c: set_tier_rule(c, rule, "operator:1", NOW))
    assert do_redeem(world, world.shop_id, 1_001, "r-2").fee == 31  # 30.03 → 31
    free = TierRule("standard", may_redeem=True, respend_share_bp=0, fee_bp=0)
    write(world, lambda c: set_tier_rule(c, free, "operator:1", NOW))
    redemption = do_redeem(world, world.shop_id, 1_000, "r-3")
    assert (redemption.fee, redemption.net) == (0, 1_000)
    assert balance_of(world, "thb:fund:welfare") == 82
    assert all_checks_pass(world)
    with read_transaction(world.engine) as connection:
        changes = connection.execute(
            text("SELECT before, after FROM audit_log WHERE action = 'redemption.tier_rule'")
        ).all()
    assert len(changes) == 2
    bad = TierRule("standard", may_redeem=True, respend_share_bp=0, fee_bp=10_000)
    with pytest.raises(errors.WalletError):
        write(world, lambda c: set_tier_rule(c, bad, "operator:1", NOW))


def test_each_rejection_names_its_rule_and_changes_nothing(world: World) -> None:
    top_up_and_pay(world, world.shop_id, 30_000, "sale-1")
    pending = add_shop(world, "0861112223", "standard", status="pending")
    no_cash = add_shop(world, "0861112224", "circulate_only")
    large = add_shop(world, "0861112225", "large")
    write(
        world,
        lambda c: cash_topup(
            c,
            agent_id=world.agent_id,
            member_id=world.somsri.id,
            amount=10_000,
            idempotency_key="t-2",
            actor="agent:1",
        ),
    )
    write(
        world,
        lambda c: pay_merchant(
            c,
            member=world.somsri,
            merchant_id=large,
            amount=10_000,
            channel="qr",
            idempotency_key="to-large",
            now=NOW,
        ),
    )
    cases: list[tuple[int, int, str, type[DomainError], str]] = [
        (world.shop_id, 10_000, "lottery", UnknownFund, "no community fund"),
        (pending, 100, "welfare", errors.MerchantNotApproved, "approved"),
        (no_cash, 100, "welfare", TierMayNotRedeem, "circulate_only"),
        (world.shop_id, 30_001, "welfare", InsufficientCoin, "30000 satang"),
        (large, 5_001, "welfare", AboveRedeemable, "at most 5000 satang"),
        (world.shop_id, 99, "welfare", errors.InvalidAmount, "1 baht"),
        (999, 100, "welfare", errors.UnknownMerchant, "999"),
    ]
    before = snapshot(world)
    for shop_id, amount, fund, error, message in cases:
        with pytest.raises(error, match=message):
            do_redeem(world, shop_id, amount, f"bad-{shop_id}-{amount}", fund)
        assert snapshot(world) == before, error
    assert do_redeem(world, large, 5_000, "ok").amount == 5_000
