"""Redemption tiers: the re-spend rule, and merchants paying their suppliers in coin."""

from typing import Any

import pytest

from tests.redemption.redemption_helpers import (
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
from thungngoen.redemption import AboveRedeemable, pay_supplier, redeemable_position
from thungngoen.wallet import errors


def test_respend_rule_worked_example(world: World) -> None:
    """The example of ``thungngoen.redemption.tiers`` at 1/10 scale: a "large" shop
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
