"""Redeeming coin for baht: booking, fees, tier rules, re-spend, payout batches."""

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

import pytest
from sqlalchemy import Connection, func, select, text

from tests.wallet.conftest import World
from thungngoen import ledger
from thungngoen.auth.users import create_user
from thungngoen.checks import run_checks
from thungngoen.db import read_transaction, write_transaction
from thungngoen.errors import DomainError
from thungngoen.wallet import book, errors, people
from thungngoen.wallet.checkout import pay_merchant
from thungngoen.wallet.redemption import (
    AboveRedeemable,
    InsufficientCoin,
    NothingToPay,
    PayoutBatch,
    PayoutBatchAlreadyPaid,
    Redemption,
    TierMayNotRedeem,
    TierRule,
    UnknownFund,
    UnknownPayoutBatch,
    create_payout_batch,
    mark_batch_paid,
    pay_supplier,
    payout_batch_csv,
    redeem,
    redeemable_position,
    redemption_fee,
    set_tier_rule,
)
from thungngoen.wallet.redemption.tables import payout_instructions
from thungngoen.wallet.reserve import reserve_report
from thungngoen.wallet.topups import cash_topup

NOW = datetime(2025, 3, 1, 3, 0, tzinfo=UTC)
T = TypeVar("T")


def write(world: World, work: Callable[[Connection], T]) -> T:
    return write_transaction(world.engine, work)


def top_up_and_pay(world: World, shop_id: int, amount: int, key: str) -> None:
    """Somsri tops up ``amount`` in cash and pays it all to the shop."""
    write(
        world,
        lambda c: cash_topup(
            c,
            agent_id=world.agent_id,
            member_id=world.somsri.id,
            amount=amount,
            idempotency_key=key,
            actor="agent:1",
        ),
    )
    write(
        world,
        lambda c: pay_merchant(
            c,
            member=world.somsri,
            merchant_id=shop_id,
            amount=amount,
            channel="qr",
            idempotency_key=key,
            now=NOW,
        ),
    )


def add_shop(world: World, phone: str, tier: str, status: str = "approved", **payee: str) -> int:
    def build(connection: Connection) -> int:
        owner = create_user(
            connection, phone=phone, name="ร้าน", role="merchant", password="shop-pass", actor="t"
        )
        shop_id = people.register_merchant(
            connection,
            owner=owner,
            business_name=f"ร้าน {tier}",
            category="wholesale",
            tambon_code="900101",
            payout_promptpay=payee.get("promptpay"),
            payout_bank_account=payee.get("bank", "0201234567" if not payee else None),
            actor="test",
        )
        people.set_merchant_status(connection, shop_id, status, actor="operator:1", tier=tier)
        return shop_id

    return write(world, build)


def do_redeem(
    world: World, shop_id: int, amount: int, key: str, fund: str = "welfare"
) -> Redemption:
    return write(world, lambda c: redeem(c, shop_id, amount, fund, key, "merchant:9", NOW))


def balance_of(world: World, code_or_id: str | int) -> int:
    with read_transaction(world.engine) as connection:
        if isinstance(code_or_id, int):
            return ledger.balance(connection, code_or_id)
        return ledger.balance(connection, book.system_account_id(connection, code_or_id))


def wallet_of(world: World, shop_id: int) -> int:
    with read_transaction(world.engine) as connection:
        return int(
            connection.execute(
                text("SELECT account_id FROM wallet_merchants WHERE id = :id"), {"id": shop_id}
            ).scalar_one()
        )


TABLES = (
    "ledger_transfers",
    "wallet_redemptions",
    "wallet_payout_instructions",
    "wallet_payout_batches",
    "wallet_merchant_payments",
    "audit_log",
)


def snapshot(world: World) -> tuple[Any, ...]:
    """Row counts of every table an operation here writes, and every account's totals."""
    with read_transaction(world.engine) as connection:
        counts = [
            connection.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one() for t in TABLES
        ]
        totals = connection.execute(
            text("SELECT id, debits_posted, credits_posted FROM ledger_accounts ORDER BY id")
        ).all()
    return (*counts, *map(tuple, totals))


def all_checks_pass(world: World) -> bool:
    with read_transaction(world.engine) as connection:
        return all(check.ok for check in run_checks(connection))


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


def test_respend_rule_worked_example(world: World) -> None:
    """The example of ``thungngoen.wallet.redemption.tiers`` at 1/10 scale: a "large" shop
    (50% re-spend) is paid 1,000 baht by members."""
    large = add_shop(world, "0861112225", "large")
    for n in range(5):
        top_up_and_pay(world, large, 20_000, f"sale-{n}")

    def position() -> tuple[int, int, int]:
        with read_transaction(world.engine) as connection:
            p = redeemable_position(connection, large)
        return p.balance, p.respend_owed, p.redeemable

    assert position() == (100_000, 50_000, 50_000)

    def supplier_payment(payer: int, payee: int, amount: int, key: str) -> None:
        write(world, lambda c: pay_supplier(c, payer, payee, amount, key, "merchant:9"))

    supplier_payment(large, world.shop_id, 30_000, "rice")
    assert position() == (70_000, 20_000, 50_000)
    with pytest.raises(AboveRedeemable):
        do_redeem(world, large, 50_001, "too-much")
    do_redeem(world, large, 50_000, "r-1")
    assert position() == (20_000, 20_000, 0)
    with pytest.raises(AboveRedeemable):
        do_redeem(world, large, 100, "r-2")
    supplier_payment(world.shop_id, large, 10_000, "second-round")  # freely redeemable
    assert position() == (30_000, 20_000, 10_000)
    supplier_payment(large, world.shop_id, 20_000, "eggs")
    assert position() == (10_000, 0, 10_000)
    do_redeem(world, large, 10_000, "r-3")
    assert position() == (0, 0, 0)
    assert all_checks_pass(world)


def test_supplier_payment_is_idempotent_and_checked(world: World) -> None:
    top_up_and_pay(world, world.shop_id, 10_000, "sale-1")
    other = add_shop(world, "0861112225", "standard")
    pending = add_shop(world, "0861112226", "standard", status="pending")

    def pay(payee: int, amount: int, key: str) -> Any:
        return write(world, lambda c: pay_supplier(c, world.shop_id, payee, amount, key, "m:1"))

    first = pay(other, 4_000, "k-1")
    before = snapshot(world)
    assert pay(other, 4_000, "k-1") == first
    assert snapshot(world) == before
    for payee, amount, key, error in [
        (other, 4_001, "k-1", ledger.errors.IdempotencyConflict),
        (world.shop_id, 100, "self", errors.WalletError),
        (pending, 100, "pending", errors.MerchantNotApproved),
        (other, 6_001, "big", ledger.errors.InsufficientFunds),
        (other, 0, "zero", errors.InvalidAmount),
    ]:
        with pytest.raises(error):
            pay(payee, amount, key)
        assert snapshot(world) == before
    assert balance_of(world, wallet_of(world, other)) == 4_000


def test_payout_batch_csv_and_marking_paid(world: World) -> None:
    banked = add_shop(world, "0861112225", "standard", bank="0201234567")
    top_up_and_pay(world, world.shop_id, 200_000, "sale-1")
    top_up_and_pay(world, banked, 50_000, "sale-2")
    first = do_redeem(world, world.shop_id, 129_948, "r-1")  # fee 6,497.4 → 6,498
    second = do_redeem(world, banked, 50_000, "r-2")
    batch = write(world, lambda c: create_payout_batch(c, "operator:1", NOW))
    assert (batch.status, batch.instruction_count, batch.total) == ("open", 2, 123_450 + 47_500)
    late = do_redeem(world, world.shop_id, 10_000, "r-3")
    with read_transaction(world.engine) as connection:
        csv_text = payout_batch_csv(connection, batch.id)
    b, i1, i2 = batch.id, first.instruction_id, second.instruction_id
    assert csv_text.splitlines() == [
        "batch,instruction,merchant,business_name,payee_type,payee,amount_baht,reference",
        f"{b},{i1},{world.shop_id},ร้านข้าวมันไก่ป้าแดง,promptpay,0861112222,1234.50,TN-B{b}-I{i1}",
        f"{b},{i2},{banked},ร้าน standard,bank_account,0201234567,475.00,TN-B{b}-I{i2}",
    ]
    second_batch = write(world, lambda c: create_payout_batch(c, "operator:1", NOW))
    assert (second_batch.instruction_count, second_batch.total) == (1, late.net)
    with pytest.raises(NothingToPay):
        write(world, lambda c: create_payout_batch(c, "operator:1", NOW))

    payouts_before, bank_before = balance_of(world, book.PAYOUTS), balance_of(world, book.BANK)

    def mark(reference: str) -> PayoutBatch:
        return write(world, lambda c: mark_batch_paid(c, batch.id, "operator:1", NOW, reference))

    paid = mark("KBANK-0001")
    assert (paid.status, paid.bank_reference) == ("paid", "KBANK-0001")
    assert balance_of(world, book.PAYOUTS) == payouts_before - batch.total == late.net
    assert balance_of(world, book.BANK) == bank_before - batch.total
    after_first = snapshot(world)
    assert mark("KBANK-0001") == paid
    with pytest.raises(PayoutBatchAlreadyPaid):
        mark("KBANK-0002")
    assert snapshot(world) == after_first
    with read_transaction(world.engine) as connection:
        statuses = dict(
            connection.execute(select(payout_instructions.c.id, payout_instructions.c.status)).all()
        )
        actions = connection.execute(
            text(
                "SELECT action, COUNT(*) FROM audit_log"
                " WHERE action LIKE 'payout.%' GROUP BY action"
            )
        ).all()
        with pytest.raises(UnknownPayoutBatch):
            payout_batch_csv(connection, 999)
        paid_transfers = connection.execute(
            text("SELECT COUNT(*) FROM ledger_transfers WHERE purpose = 'payout'")
        ).scalar_one()
    assert statuses == {i1: "paid", i2: "paid", late.instruction_id: "batched"}
    assert dict(actions) == {"payout.batch_create": 2, "payout.batch_paid": 1}
    assert paid_transfers == 1
    assert all_checks_pass(world)


def test_payout_instruction_keeps_the_payee_of_its_redemption(world: World) -> None:
    top_up_and_pay(world, world.shop_id, 10_000, "sale-1")
    do_redeem(world, world.shop_id, 10_000, "r-1")
    write(
        world,
        lambda c: c.execute(
            text("UPDATE wallet_merchants SET payout_promptpay = '0899999999' WHERE id = :id"),
            {"id": world.shop_id},
        ),
    )
    with read_transaction(world.engine) as connection:
        count = connection.execute(
            select(func.count()).where(payout_instructions.c.payout_promptpay == "0861112222")
        ).scalar_one()
    assert count == 1
