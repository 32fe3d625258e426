"""How sandbox programs combine (decision 0032): a program governs the payments at the
shops of its area (all shops when it names none); a shop in no program's area is outside
the sandbox; where several govern, the strictest wins; every refusal names the program,
the rule and the figures, in English and in Thai."""

from datetime import timedelta

from typer.testing import CliRunner

from tests.wallet.conftest import World
from tests.wallet.program_helpers import (
    NOON,
    assert_sound,
    new_merchant,
    new_program,
    pay,
    program_of,
    refused,
    top_up,
)
from thungngoen.wallet.cli import app as wallet_cli
from thungngoen.wallet.programs import (
    DailyLimitExceeded,
    ExcludedCategory,
    MonthlyLimitExceeded,
    OutsideProgramArea,
)

BO_YANG, KHAO_RUP_CHANG, OTHER = "900101", "900102", "900103"


def _two_areas(world: World) -> tuple[int, int]:
    """The pilot (Bo Yang, 500 a day, no alcohol) and the market (Khao Rup Chang, 200)."""
    top_up(world, world.somsri, 500_000)
    pilot = new_program(
        world,
        "old-town",
        name="นำร่องเมืองเก่า",
        allowed_tambons=(BO_YANG,),
        excluded_categories=("alcohol",),
        daily_limit=50_000,
    ).id
    market = new_program(
        world, "market", name="ตลาดเขารูปช้าง", allowed_tambons=(KHAO_RUP_CHANG,), daily_limit=20_000
    ).id
    return pilot, market


def test_a_shop_in_the_second_programs_area_is_paid_under_that_program(world: World) -> None:
    pilot, market = _two_areas(world)
    stall = new_merchant(world, "แผงผลไม้เขารูปช้าง", "market", KHAO_RUP_CHANG)
    assert program_of(world, pay(world, stall, 15_000, NOON)) == market  # refused before 0032
    assert program_of(world, pay(world, world.shop_id, 45_000, NOON)) == pilot
    assert_sound(world)


def test_each_program_counts_only_the_spending_at_the_shops_of_its_area(world: World) -> None:
    _two_areas(world)
    stall = new_merchant(world, "แผงผลไม้เขารูปช้าง", "market", KHAO_RUP_CHANG)
    pay(world, world.shop_id, 45_000, NOON)  # 450 of the pilot's 500
    pay(world, stall, 18_000, NOON)  # 180 of the market's 200: the pilot's 450 do not count
    error = refused(world, DailyLimitExceeded, lambda: pay(world, stall, 5_000, NOON))
    assert (error.program, error.rule) == ("market", "daily_limit")
    assert error.message_th == (
        "เกินวงเงินต่อวันของโครงการ ตลาดเขารูปช้าง: ใช้ได้วันละ 200.00 เหรียญ"
        " ใช้ไปแล้ว 180.00 เหรียญ จ่ายเพิ่มได้อีกไม่เกิน 20.00 เหรียญ"
    )
    assert "ตลาดเขารูปช้าง" in error.message
    assert "up to 200.00 coin a day, 180.00 coin already spent today" in error.message
    assert error.details() == {
        "rule": "daily_limit",
        "program": "market",
        "program_name": "ตลาดเขารูปช้าง",
        "limit_satang": 20_000,
        "spent_satang": 18_000,
        "room_satang": 2_000,
        "amount_satang": 5_000,
    }
    pay(world, stall, 2_000, NOON)  # exactly the market's limit
    pay(world, world.shop_id, 5_000, NOON)  # the pilot's room is its own


def test_a_shop_outside_every_area_is_refused_naming_each_program(world: World) -> None:
    _two_areas(world)
    elsewhere = new_merchant(world, "ร้านพะวง", "food", OTHER)
    error = refused(world, OutsideProgramArea, lambda: pay(world, elsewhere, 1_000, NOON))
    assert error.program == "old-town"
    for name in ("นำร่องเมืองเก่า", "ตลาดเขารูปช้าง", "ร้านพะวง", "บ่อยาง", "เขารูปช้าง"):
        assert name in error.message_th, name
    assert error.message_th.startswith("ร้านนี้อยู่นอกพื้นที่ของโครงการ: ร้านพะวง อยู่ในตำบล")


def test_a_category_is_excluded_only_where_the_excluding_program_governs(world: World) -> None:
    _two_areas(world)
    bar_in_town = new_merchant(world, "ร้านสุราบ่อยาง", "alcohol", BO_YANG)
    bar_at_market = new_merchant(world, "ร้านสุราเขารูปช้าง", "alcohol", KHAO_RUP_CHANG)
    error = refused(world, ExcludedCategory, lambda: pay(world, bar_in_town, 1_000, NOON))
    assert error.message_th == "นำร่องเมืองเก่า ไม่รับร้านประเภทเครื่องดื่มแอลกอฮอล์ (ร้านสุราบ่อยาง)"
    pay(world, bar_at_market, 1_000, NOON)  # the market's program excludes nothing


def test_where_two_programs_govern_the_strictest_wins(world: World) -> None:
    top_up(world, world.somsri, 500_000)
    pilot = new_program(
        world, "old-town", name="นำร่องเมืองเก่า", allowed_tambons=(BO_YANG,), daily_limit=50_000
    )
    province = new_program(world, "province", name="สงขลาทั้งจังหวัด", daily_limit=30_000)
    assert program_of(world, pay(world, world.shop_id, 25_000, NOON)) == pilot.id  # area first
    error = refused(world, DailyLimitExceeded, lambda: pay(world, world.shop_id, 10_000, NOON))
    assert (error.program, error.program_id) == ("province", province.id)  # 50 left, not 250
    assert "ใช้ได้วันละ 300.00 เหรียญ ใช้ไปแล้ว 250.00 เหรียญ" in error.message_th
    elsewhere = new_merchant(world, "ร้านพะวง", "food", OTHER)
    assert program_of(world, pay(world, elsewhere, 1_000, NOON)) == province.id


def test_of_two_broken_limits_the_one_with_less_room_is_named(world: World) -> None:
    top_up(world, world.somsri, 500_000)
    new_program(world, "old-town", allowed_tambons=(BO_YANG,), daily_limit=20_000)
    new_program(world, "province", name="Province", monthly_limit=25_000)
    pay(world, world.shop_id, 18_000, NOON)
    error = refused(world, DailyLimitExceeded, lambda: pay(world, world.shop_id, 10_000, NOON))
    assert error.program == "old-town"  # 20 left today, 70 this month
    pay(world, world.shop_id, 2_000, NOON)
    error = refused(world, DailyLimitExceeded, lambda: pay(world, world.shop_id, 5_001, NOON))
    assert error.program == "old-town"  # none left today, 50 this month
    tomorrow = NOON + timedelta(days=1)
    error = refused(world, MonthlyLimitExceeded, lambda: pay(world, world.shop_id, 5_001, tomorrow))
    assert error.program == "province"  # 200 left today, 50 this month
    assert "เกินวงเงินต่อเดือนของโครงการ Province: ใช้ได้เดือนละ 250.00 เหรียญ" in error.message_th


def test_the_cli_payment_names_the_program_that_refused(world: World, database_url: str) -> None:
    _two_areas(world)
    stall = new_merchant(world, "แผงผลไม้เขารูปช้าง", "market", KHAO_RUP_CHANG)
    args = ["pay", "0812345678", "--merchant", str(stall), "--database-url", database_url]
    paid = CliRunner().invoke(wallet_cli, [*args[:2], "180", "c1", *args[2:]])
    assert paid.exit_code == 0, paid.output  # refused by the old-town pilot before 0032
    refused = CliRunner().invoke(
        wallet_cli, [*args[:2], "20.01", "c2", *args[2:]], env={"COLUMNS": "200"}
    )
    assert refused.exit_code == 1, refused.output
    assert "Over the daily limit of ตลาดเขารูปช้าง: up to 200.00 coin a day" in refused.output
    assert "180.00 coin already spent today, at most 20.00 coin more" in refused.output
