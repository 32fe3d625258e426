"""Sandbox programs: area, excluded categories, daily and monthly limits in Thai time,
validity dates, and the audited changes of a program."""

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest

from tests.wallet.conftest import World
from tests.wallet.program_helpers import (
    NOON,
    START,
    assert_sound,
    balance_of,
    footprint,
    new_merchant,
    new_program,
    pay,
    program_of,
    refused,
    top_up,
    write,
)
from thungngoen import audit
from thungngoen.db import read_transaction
from thungngoen.registry.places import UnknownPlace
from thungngoen.wallet import programs
from thungngoen.wallet.programs import (
    DailyLimitExceeded,
    DuplicateProgram,
    ExcludedCategory,
    InvalidProgram,
    MonthlyLimitExceeded,
    OutsideProgramArea,
)


def test_the_pilot_area_refuses_shops_outside_bo_yang(world: World) -> None:
    top_up(world, world.somsri, 100_000)
    outside = new_merchant(world, "ร้านเขารูปช้าง", "food", "900102")
    assert program_of(world, pay(world, outside, 1_000, NOON)) is None  # no program yet
    pilot = new_program(world, allowed_tambons=("900101",))
    assert program_of(world, pay(world, world.shop_id, 2_000, NOON)) == pilot.id
    error = refused(world, OutsideProgramArea, lambda: pay(world, outside, 1_000, NOON))
    assert (error.rule, error.program, error.program_id) == ("outside_area", "old-town", pilot.id)
    assert error.code == "outside_area"
    assert "Old Town pilot" in error.message
    assert "ร้านเขารูปช้าง" in error.message


def test_excluded_categories_are_refused_and_every_program_applies(world: World) -> None:
    top_up(world, world.somsri, 100_000)
    liquor = new_merchant(world, "ร้านสุราบ่อยาง", "alcohol", "900101")
    lottery = new_merchant(world, "แผงลอตเตอรี่", "lottery", "900101")
    pilot = new_program(world, allowed_tambons=("900101",), excluded_categories=("alcohol",))
    second = new_program(world, "no-lottery", name="No lottery", excluded_categories=("lottery",))
    error = refused(world, ExcludedCategory, lambda: pay(world, liquor, 5_000, NOON))
    assert (error.rule, error.program) == ("excluded_category", "old-town")
    assert "alcohol" in error.message
    error = refused(world, ExcludedCategory, lambda: pay(world, lottery, 5_000, NOON))
    assert (error.program, error.program_id) == ("no-lottery", second.id)
    assert program_of(world, pay(world, world.shop_id, 5_000, NOON)) == pilot.id
    assert_sound(world)


def test_daily_limit_resets_at_midnight_in_thai_time(world: World) -> None:
    top_up(world, world.somsri, 200_000)
    top_up(world, world.anan, 1_000)
    new_program(world, daily_limit=30_000)
    late_evening = datetime(2025, 3, 10, 16, 30, tzinfo=UTC)  # 23:30 in Songkhla
    pay(world, world.shop_id, 20_000, late_evening)
    error = refused(
        world,
        DailyLimitExceeded,
        lambda: pay(world, world.shop_id, 15_000, late_evening + timedelta(minutes=20)),
    )
    assert (error.rule, error.program) == ("daily_limit", "old-town")
    assert "300.00" in error.message
    assert "200.00" in error.message
    pay(world, world.shop_id, 10_000, late_evening + timedelta(minutes=29))  # exactly the limit
    after_midnight = late_evening + timedelta(minutes=40)  # 00:10, still 10 March in UTC
    pay(world, world.shop_id, 30_000, after_midnight)
    refused(world, DailyLimitExceeded, lambda: pay(world, world.shop_id, 1, after_midnight))
    pay(world, world.shop_id, 1_000, after_midnight, member=world.anan)  # per member
    assert_sound(world)


def test_monthly_limit_follows_the_thai_calendar_month(world: World) -> None:
    top_up(world, world.somsri, 300_000)
    new_program(world, monthly_limit=50_000)
    last_evening = datetime(2025, 1, 31, 16, 0, tzinfo=UTC)  # 23:00, 31 January in Songkhla
    pay(world, world.shop_id, 40_000, last_evening)
    error = refused(
        world, MonthlyLimitExceeded, lambda: pay(world, world.shop_id, 15_000, last_evening)
    )
    assert (error.rule, error.program) == ("monthly_limit", "old-town")
    february = last_evening + timedelta(hours=1, minutes=30)  # 00:30, 1 February; UTC: January
    pay(world, world.shop_id, 40_000, february)
    refused(world, MonthlyLimitExceeded, lambda: pay(world, world.shop_id, 15_000, february))
    assert_sound(world)


def test_a_program_applies_only_between_its_dates_and_while_active(world: World) -> None:
    top_up(world, world.somsri, 100_000)
    outside = new_merchant(world, "ร้านเขารูปช้าง", "food", "900102")
    opens, ends = NOON + timedelta(days=1), NOON + timedelta(days=30)
    pilot = new_program(world, allowed_tambons=("900101",), valid_from=opens, valid_until=ends)
    assert program_of(world, pay(world, outside, 1_000, NOON)) is None  # not yet
    refused(world, OutsideProgramArea, lambda: pay(world, outside, 1_000, opens))
    assert program_of(world, pay(world, outside, 1_000, ends)) is None  # the end is exclusive
    write(world, lambda c: programs.deactivate_program(c, pilot.id, actor="operator:1"))
    assert program_of(world, pay(world, outside, 1_000, opens)) is None
    assert_sound(world)


def test_program_changes_are_audited(world: World) -> None:
    pilot = new_program(world, allowed_tambons=("900101",), daily_limit=50_000)
    wider = programs.ProgramTerms(
        name="Old Town pilot, phase 2",
        valid_from=START,
        allowed_tambons=("900101", "900102", "900101"),
        excluded_categories=("tobacco", "alcohol"),
        daily_limit=80_000,
        monthly_limit=1_000_000,
    )
    updated = write(world, lambda c: programs.update_program(c, pilot.id, wider, actor="op:2"))
    assert updated.allowed_tambons == ("900101", "900102")
    assert updated.excluded_categories == ("alcohol", "tobacco")
    assert (updated.daily_limit, updated.monthly_limit, updated.active) == (80_000, 1_000_000, True)
    write(world, lambda c: programs.deactivate_program(c, pilot.id, actor="op:3"))
    with read_transaction(world.engine) as connection:
        assert programs.list_programs(connection, active_only=True) == []
        (listed,) = programs.list_programs(connection, kind="sandbox")
        entries = [e for e in audit.recent(connection) if e.subject_type == "program"]
    assert listed.name == "Old Town pilot, phase 2"
    assert not listed.active
    assert [(e.action, e.actor) for e in entries] == [
        ("program.deactivate", "op:3"),
        ("program.update", "op:2"),
        ("program.create", "operator:1"),
    ]
    assert entries[1].before is not None
    assert entries[1].after is not None
    assert (entries[1].before["daily_limit"], entries[1].after["daily_limit"]) == (50_000, 80_000)
    assert entries[0].after is not None
    assert entries[0].after["active"] is False
    assert_sound(world)


@pytest.mark.parametrize(
    ("terms", "error"),
    [
        ({"allowed_tambons": ("100101",)}, UnknownPlace),
        ({"excluded_categories": ("weapons",)}, InvalidProgram),
        ({"daily_limit": 0}, InvalidProgram),
        ({"monthly_limit": -5}, InvalidProgram),
        ({"valid_until": START}, InvalidProgram),
        ({"allowance": 10_000}, InvalidProgram),
        ({"name": "  "}, InvalidProgram),
    ],
)
def test_invalid_programs_are_refused(
    world: World, terms: dict[str, object], error: type[Exception]
) -> None:
    before = footprint(world)
    with pytest.raises(error):
        new_program(world, "old-town", **terms)
    with pytest.raises(InvalidProgram):
        new_program(world, "Old Town!")
    assert footprint(world) == before
    new_program(world)
    with pytest.raises(DuplicateProgram):
        new_program(world)


def test_thai_days_and_months() -> None:
    moment = datetime(2025, 2, 28, 17, 30, tzinfo=UTC)  # 00:30, 1 March in Songkhla
    assert programs.thai_day(moment) == (
        datetime(2025, 2, 28, 17, 0, tzinfo=UTC),
        datetime(2025, 3, 1, 17, 0, tzinfo=UTC),
    )
    assert programs.thai_month(moment) == (
        datetime(2025, 2, 28, 17, 0, tzinfo=UTC),
        datetime(2025, 3, 31, 17, 0, tzinfo=UTC),
    )
    december = datetime(2025, 12, 15, tzinfo=UTC)
    assert programs.thai_month(december)[1] == datetime(2025, 12, 31, 17, 0, tzinfo=UTC)


def test_payments_at_the_same_time_cannot_both_slip_under_a_limit(world: World) -> None:
    top_up(world, world.somsri, 200_000)
    new_program(world, daily_limit=30_000)

    def attempt(_: int) -> str:
        try:
            pay(world, world.shop_id, 10_000, NOON)
        except DailyLimitExceeded:
            return "refused"
        return "paid"

    with ThreadPoolExecutor(max_workers=10) as pool:
        outcomes = sorted(pool.map(attempt, range(10)))
    assert outcomes == ["paid"] * 3 + ["refused"] * 7
    assert balance_of(world, world.somsri.account_id) == 170_000
    assert_sound(world)
