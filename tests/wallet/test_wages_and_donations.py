"""Two operations of the simulated economy: a shop paying wages in coin, and a sponsor's
baht given to a community fund."""

import pytest

from tests.redemption.redemption_helpers import (
    all_checks_pass,
    balance_of,
    top_up_and_pay,
    wallet_of,
    write,
)
from tests.wallet.conftest import World
from thungngoen import ledger
from thungngoen.db import read_transaction
from thungngoen.wallet import errors, people
from thungngoen.wallet.donations import donate_to_fund
from thungngoen.wallet.errors import UnknownFund
from thungngoen.wallet.reserve import reserve_report
from thungngoen.wallet.wages import pay_wage


def wage(
    world: World, amount: int, key: str, member: people.Member | None = None
) -> ledger.Transfer:
    paid = member or world.anan
    return write(
        world,
        lambda c: pay_wage(
            c, merchant_id=world.shop_id, member_id=paid.id, amount=amount,
            idempotency_key=key, actor="merchant:1",
        ),
    )  # fmt: skip


def test_a_shop_pays_a_wage_in_coin_once_per_key(world: World) -> None:
    top_up_and_pay(world, world.shop_id, 60_000, "sale")
    transfer = wage(world, 45_000, "week-1")
    assert (transfer.purpose, transfer.amount, transfer.currency) == ("wage", 45_000, "SKC")
    assert transfer.metadata is not None
    assert transfer.metadata["member_id"] == world.anan.id
    assert wage(world, 45_000, "week-1").id == transfer.id, "the same key pays once"
    assert balance_of(world, world.anan.account_id) == 45_000
    with pytest.raises(ledger.errors.IdempotencyConflict):
        wage(world, 40_000, "week-1")
    with pytest.raises(ledger.errors.InsufficientFunds):
        wage(world, 15_001, "week-2")
    with pytest.raises(errors.InvalidAmount):
        wage(world, 0, "week-3")
    assert balance_of(world, world.anan.account_id) == 45_000
    all_checks_pass(world)


def test_only_an_approved_shop_pays_wages_and_only_to_a_member(world: World) -> None:
    top_up_and_pay(world, world.shop_id, 10_000, "sale")
    write(world, lambda c: people.set_merchant_status(c, world.shop_id, "suspended", "operator:1"))
    with pytest.raises(errors.MerchantNotApproved):
        wage(world, 5_000, "while-suspended")
    write(world, lambda c: people.set_merchant_status(c, world.shop_id, "approved", "operator:1"))
    ghost = people.Member(999, 999, 999, "", "900101", None, 0)
    with pytest.raises(errors.UnknownMember):
        wage(world, 5_000, "nobody", ghost)
    assert balance_of(world, wallet_of(world, world.shop_id)) == 10_000, "nothing was paid"


def donate(
    world: World, fund: str, amount: int, key: str, donor: str = "SME Songkhla"
) -> ledger.Transfer:
    return write(
        world,
        lambda c: donate_to_fund(
            c, fund_code=fund, amount=amount, donor=donor, idempotency_key=key, actor="operator:1"
        ),
    )


def test_a_donation_fills_a_fund_and_leaves_the_reserve_alone(world: World) -> None:
    with read_transaction(world.engine) as connection:
        before = reserve_report(connection)
    gift = donate(world, "citizens-day", 1_000_000, "gift-1")
    assert (gift.purpose, gift.currency, gift.amount) == ("donation", "THB", 1_000_000)
    assert gift.metadata is not None
    assert gift.metadata["donor"] == "SME Songkhla"
    assert donate(world, "citizens-day", 1_000_000, "gift-1").id == gift.id
    assert balance_of(world, "thb:fund:citizens-day") == 1_000_000
    with pytest.raises(UnknownFund):
        donate(world, "casino", 1_000, "gift-2")
    with pytest.raises(errors.WalletError, match="donor"):
        donate(world, "welfare", 1_000, "gift-3", donor="  ")
    with pytest.raises(errors.InvalidAmount):
        donate(world, "welfare", -5, "gift-4")
    assert balance_of(world, "thb:fund:welfare") == 0
    with read_transaction(world.engine) as connection:
        assert reserve_report(connection) == before
    all_checks_pass(world)
