"""Issue 13: a refund or a reversal lowers what a program counts as spent, on the day and
in the month of the payment it gives back (decision 0023)."""

from datetime import timedelta
from typing import Any

from tests.wallet.api_client import OPERATOR, Api, error_of, with_staff
from tests.wallet.conftest import World
from tests.wallet.program_helpers import (
    NOON,
    assert_sound,
    new_program,
    pay,
    refused,
    top_up,
    write,
)
from tests.wallet.test_program_api import OLD_TOWN, SHOP_OWNER, SOMSRI, pay_shop
from thungngoen import ledger
from thungngoen.wallet.merchant_pay import refund
from thungngoen.wallet.programs import DailyLimitExceeded, MonthlyLimitExceeded


def give_back(world: World, payment_id: int, amount: int, key: str, days: int = 0) -> None:
    write(
        world,
        lambda c: refund(
            c,
            merchant_id=world.shop_id,
            payment_id=payment_id,
            amount=amount,
            idempotency_key=key,
            actor="shop",
            now=NOON + timedelta(days=days),
        ),
    )


def test_a_full_refund_frees_the_daily_limit(world: World) -> None:
    top_up(world, world.somsri, 100_000)
    new_program(world, daily_limit=20_000)
    pay(world, world.shop_id, 14_500, NOON)
    lunch = pay(world, world.shop_id, 5_500, NOON)
    error = refused(world, DailyLimitExceeded, lambda: pay(world, world.shop_id, 5_500, NOON))
    assert "200.00 coin already spent" in error.message
    give_back(world, lunch.id, 5_500, "r1")
    pay(world, world.shop_id, 5_500, NOON)  # refused before issue 13
    refused(world, DailyLimitExceeded, lambda: pay(world, world.shop_id, 1, NOON))
    assert_sound(world)


def test_a_partial_refund_frees_only_its_amount(world: World) -> None:
    top_up(world, world.somsri, 100_000)
    new_program(world, daily_limit=20_000)
    dinner = pay(world, world.shop_id, 20_000, NOON)
    give_back(world, dinner.id, 3_000, "r1")
    error = refused(world, DailyLimitExceeded, lambda: pay(world, world.shop_id, 3_001, NOON))
    assert "170.00 coin already spent" in error.message
    pay(world, world.shop_id, 3_000, NOON)
    assert_sound(world)


def test_a_refund_counts_on_the_day_of_the_payment(world: World) -> None:
    top_up(world, world.somsri, 200_000)
    new_program(world, daily_limit=20_000, monthly_limit=30_000)
    monday = pay(world, world.shop_id, 20_000, NOON)
    pay(world, world.shop_id, 10_000, NOON + timedelta(days=1))
    give_back(world, monday.id, 20_000, "r1", days=1)  # refunded on Tuesday
    # Tuesday's room is what Tuesday's payments left; the month's room is back.
    refused(
        world,
        DailyLimitExceeded,
        lambda: pay(world, world.shop_id, 10_001, NOON + timedelta(days=1)),
    )
    pay(world, world.shop_id, 20_000, NOON)  # Monday's room is free again
    wednesday = NOON + timedelta(days=2)
    refused(world, MonthlyLimitExceeded, lambda: pay(world, world.shop_id, 1, wednesday))
    assert_sound(world)


def test_a_reversed_payment_counts_nothing(world: World) -> None:
    top_up(world, world.somsri, 100_000)
    new_program(world, daily_limit=20_000)
    paid = pay(world, world.shop_id, 20_000, NOON)
    write(world, lambda c: ledger.reverse_transfer(c, paid.transfer_id, memo="mistake"))
    pay(world, world.shop_id, 20_000, NOON)
    assert_sound(world)


def test_through_the_api_a_full_refund_frees_the_limit(world: World) -> None:
    api: Api = with_staff(world)
    operator = api.login(*OPERATOR)
    pilot: dict[str, Any] = {**OLD_TOWN, "daily_limit_satang": 20_000}
    assert api.call("POST", "/api/v1/programs", operator, **pilot).status_code == 201
    top_up(world, world.somsri, 100_000)
    somsri, owner = api.login(*SOMSRI), api.login(*SHOP_OWNER)
    assert pay_shop(api, somsri, world.shop_id, 14_500, "p1").status_code == 201
    lunch = pay_shop(api, somsri, world.shop_id, 5_500, "p2").json()
    error = error_of(pay_shop(api, somsri, world.shop_id, 5_500, "p3"), 422)
    assert error["code"] == "daily_limit"
    path = f"/api/v1/shops/{world.shop_id}/payments/{lunch['payment_id']}/refunds"
    given = api.call("POST", path, owner, key="r1", amount_satang=5_500)
    assert given.status_code == 201, given.text
    again = pay_shop(api, somsri, world.shop_id, 5_500, "p4")
    assert again.status_code == 201, again.text
    error_of(pay_shop(api, somsri, world.shop_id, 1, "p5"), 422)
    assert_sound(world)
