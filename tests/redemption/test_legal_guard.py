"""The legal guard's float report, on hand-built histories.

The ledger stamps transfers with the real clock, so to build a history over months the
tests post each step and then move its transfers' ``created_at`` to the moment the step
is meant to have happened (test only: nothing else ever edits a transfer), and ask the
report as of a fixed ``now``.
"""

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import Connection, func, select, update

from tests.wallet.conftest import World
from thungngoen import ledger
from thungngoen.clock import utc_now
from thungngoen.db import read_transaction, write_transaction
from thungngoen.ledger.tables import transfers
from thungngoen.redemption import FLOAT_LIMIT, FloatReport, float_report, redeem
from thungngoen.wallet import book, set_float_limit
from thungngoen.wallet.checkout import pay_merchant
from thungngoen.wallet.reserve import reserve_report
from thungngoen.wallet.topups import cash_topup, mint_legs

BANGKOK = timezone(timedelta(hours=7))
NOW = datetime(2030, 6, 30, 12, 0, tzinfo=BANGKOK)


def at(world: World, moment: datetime, work: Callable[[Connection], object]) -> None:
    """Run ``work`` and date the transfers it posted at ``moment``."""

    def run(connection: Connection) -> None:
        last = connection.execute(select(func.coalesce(func.max(transfers.c.id), 0))).scalar()
        work(connection)
        connection.execute(update(transfers).where(transfers.c.id > last).values(created_at=moment))

    write_transaction(world.engine, run)


def top_up(world: World, amount: int, key: str) -> Callable[[Connection], object]:
    return lambda c: cash_topup(
        c,
        agent_id=world.agent_id,
        member_id=world.somsri.id,
        amount=amount,
        idempotency_key=key,
        actor="agent:1",
    )


def mint_from_bank(world: World, amount: int) -> Callable[[Connection], object]:
    """Coin issued against baht received in the bank (no top-up ceiling)."""

    def work(connection: Connection) -> object:
        bank = book.system_account_id(connection, book.BANK)
        legs = mint_legs(bank, world.anan.account_id, amount, connection, "topup", "", {})
        return ledger.post_batch(connection, legs)

    return work


def report(world: World, now: datetime = NOW) -> FloatReport:
    with read_transaction(world.engine) as connection:
        return float_report(connection, now)


def bangkok(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BANGKOK)


def test_average_of_end_of_day_outstanding_by_hand(world: World) -> None:
    raise_limit = lambda c: set_float_limit(c, world.agent_id, 10_000_000, "test")  # noqa: E731
    write_transaction(world.engine, raise_limit)  # 100,000 baht: the whole story at one agent
    at(world, bangkok(date(2029, 10, 1), 10), top_up(world, 1_000_000, "before-window"))
    at(world, bangkok(date(2030, 3, 1), 10), top_up(world, 500_000, "march"))

    def pay_and_redeem(connection: Connection) -> None:
        pay_merchant(
            connection,
            member=world.somsri,
            merchant_id=world.shop_id,
            amount=200_000,
            channel="qr",
            idempotency_key="lunch",
            now=NOW,
        )
        redeem(connection, world.shop_id, 200_000, "welfare", "r-1", "merchant:1", NOW)

    at(world, bangkok(date(2030, 3, 1), 15), pay_and_redeem)
    # 23:30 in Bangkok is still the 25th; 00:30 on the 28th is the 27th in UTC.
    at(world, bangkok(date(2030, 6, 25), 23, 30), top_up(world, 100_000, "late-night"))
    at(world, bangkok(date(2030, 6, 28), 0, 30), top_up(world, 600_000, "early"))
    at(world, bangkok(date(2030, 6, 30), 13), top_up(world, 5_000_000, "after-now"))

    result = report(world)
    # Window: 2029-12-31 … 2030-06-30 (182 days). End-of-day coin outstanding:
    #   2029-12-31 … 2030-02-28   60 days × 1,000,000  (carried from October)
    #   2030-03-01 … 2030-06-24  116 days × 1,300,000  (+500,000 − 200,000 redeemed)
    #   2030-06-25 … 2030-06-27    3 days × 1,400,000
    #   2030-06-28 … 2030-06-30    3 days × 2,000,000  (the 13:00 top-up is after now)
    total = 60 * 1_000_000 + 116 * 1_300_000 + 3 * 1_400_000 + 3 * 2_000_000
    assert total == 221_000_000
    assert (result.first_day, result.last_day) == (date(2029, 12, 31), date(2030, 6, 30))
    assert result.average_outstanding == 1_214_286  # 221,000,000 / 182 = 1,214,285.71…
    assert result.outstanding == 2_000_000
    assert result.limit == FLOAT_LIMIT == 5_000_000_000
    assert not result.warning

    a_week_earlier = report(world, NOW - timedelta(days=7))
    assert a_week_earlier.outstanding == 1_300_000
    # 2029-12-24 … 2030-02-28: 67 days × 1,000,000; 2030-03-01 … 06-23: 115 days × 1,300,000
    assert a_week_earlier.average_outstanding == -(-(67 * 1_000_000 + 115 * 1_300_000) // 182)


def test_warning_from_eighty_percent_of_the_limit(world: World) -> None:
    at(world, bangkok(date(2029, 1, 1), 9), mint_from_bank(world, 3_999_999_999))
    below = report(world)
    assert below.average_outstanding == 3_999_999_999
    assert not below.warning
    assert below.share_used < 0.8
    at(world, bangkok(date(2029, 1, 2), 9), mint_from_bank(world, 1))
    at_limit = report(world)
    assert at_limit.average_outstanding == 4_000_000_000
    assert at_limit.share_used == 0.8
    assert at_limit.warning


def test_no_coin_no_float(world: World) -> None:
    result = report(world)
    assert (result.outstanding, result.average_outstanding, result.warning) == (0, 0, False)


def test_today_counts_at_its_current_value(world: World) -> None:
    write_transaction(world.engine, top_up(world, 182_000, "today"))
    result = report(world, utc_now())
    with read_transaction(world.engine) as connection:
        reserve = reserve_report(connection)
    assert result.outstanding == reserve.coin_outstanding == 182_000
    assert result.average_outstanding == 1_000  # 181 days of nothing, then today
