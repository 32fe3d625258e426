"""``thungngoen wallet programs …``: the operator runs the pilot and an event from the shell."""

from datetime import UTC, datetime, timedelta

from typer.testing import CliRunner, Result

from tests.wallet.conftest import World
from tests.wallet.program_helpers import assert_sound, footprint, write
from tests.wallet.test_events import donate_to_fund
from thungngoen import ledger
from thungngoen.clock import utc_now
from thungngoen.db import read_transaction
from thungngoen.wallet import programs
from thungngoen.wallet.programs.cli import app


def run(database_url: str, *args: str) -> Result:
    return CliRunner().invoke(app, [*args, "--database-url", database_url], env={"COLUMNS": "200"})


def program(world: World, code: str) -> programs.Program:
    with read_transaction(world.engine) as connection:
        return programs.program_by_code(connection, code)


def test_the_operator_creates_lists_and_deactivates_the_pilot(
    world: World, database_url: str
) -> None:
    created = run(
        database_url,
        *("create", "old-town", "Old Town pilot", "--valid-from", "2025-01-01"),
        *("--tambon", "900101", "--tambon", "900102", "--exclude", "alcohol"),
        *("--daily-limit", "500", "--monthly-limit", "5,000.50"),
    )
    assert created.exit_code == 0, created.output
    assert "sandbox program old-town created" in created.output
    pilot = program(world, "old-town")
    assert pilot.valid_from == datetime(2024, 12, 31, 17, 0, tzinfo=UTC)  # midnight, Thai time
    assert (pilot.allowed_tambons, pilot.excluded_categories) == (
        ("900101", "900102"),
        ("alcohol",),
    )
    assert (pilot.daily_limit, pilot.monthly_limit, pilot.valid_until) == (50_000, 500_050, None)

    listed = run(database_url, "list")
    assert listed.exit_code == 0, listed.output
    assert "old-town" in listed.output
    assert "900101 900102" in listed.output
    assert "500.00" in listed.output
    assert "2025-01-01 00:00" in listed.output

    assert run(database_url, "deactivate", "old-town").exit_code == 0
    assert program(world, "old-town").active is False
    assert "old-town" not in run(database_url, "list", "--active-only").output
    assert "inactive" in run(database_url, "list").output


def test_rejections_are_one_line_and_write_nothing(world: World, database_url: str) -> None:
    assert run(database_url, "create", "old-town", "Old Town pilot").exit_code == 0
    before = footprint(world)
    refusals = [
        (("create", "Old Town!", "x"), "lowercase"),
        (("create", "old-town", "again"), "exists"),
        (("create", "zero", "x", "--daily-limit", "0"), "positive"),
        (("create", "when", "x", "--valid-from", "soon"), "soon"),
        (("create", "party", "x", "--kind", "event"), "needs an expiry"),
        (("deactivate", "nowhere"), "no program with code 'nowhere'"),
        (("register", "old-town", "0812345678"), "not an event"),
    ]
    for args, message in refusals:
        refused = run(database_url, *args)
        assert refused.exit_code == 1, (args, refused.output)
        assert message in refused.output, (args, refused.output)
        assert "Traceback" not in refused.output
    assert footprint(world) == before


def test_an_event_from_the_shell(world: World, database_url: str) -> None:
    donate_to_fund(world, 100_000)
    opens = utc_now() - timedelta(hours=1)
    created = run(
        database_url,
        *("create", "citizens-day-2025", "Citizens' Day 2025", "--kind", "event"),
        *("--valid-from", opens.isoformat(), "--valid-until", "2099-01-01"),
        *("--fund", "citizens-day", "--allowance", "500"),
    )
    assert created.exit_code == 0, created.output
    event = program(world, "citizens-day-2025")
    assert (event.fund_code, event.allowance) == ("citizens-day", 50_000)
    assert event.valid_until == datetime(2098, 12, 31, 17, 0, tzinfo=UTC)

    added = run(database_url, "add-event-merchant", "citizens-day-2025", str(world.shop_id))
    assert added.exit_code == 0, added.output
    registered = run(database_url, "register", "citizens-day-2025", "0812345678")
    assert registered.exit_code == 0, registered.output
    assert "500.00" in registered.output
    unknown = run(database_url, "register", "citizens-day-2025", "0899999999")
    assert (unknown.exit_code, "no member with phone 0899999999" in unknown.output) == (1, True)
    early = run(database_url, "close-event", "citizens-day-2025")
    assert (early.exit_code, "runs until" in early.output) == (1, True)
    write(
        world,
        lambda c: programs.pay_with_allowance(c, world.somsri, world.shop_id, 20_000, "k", opens),
    )

    ended = programs.ProgramTerms(
        name=event.name,
        valid_from=event.valid_from,
        valid_until=utc_now() - timedelta(seconds=1),
        fund_code=event.fund_code,
        allowance=event.allowance,
    )
    write(world, lambda c: programs.update_program(c, event.id, ended, actor="test"))
    closed = run(database_url, "close-event", "citizens-day-2025")
    assert closed.exit_code == 0, closed.output
    assert "1 participants" in closed.output
    assert "300.00" in closed.output
    with read_transaction(world.engine) as connection:
        fund = ledger.find_account(connection, "thb:fund:citizens-day")
        assert fund is not None
        assert fund.balance == 80_000
    assert program(world, "citizens-day-2025").closed_at is not None
    assert_sound(world)


def test_an_allowance_is_spent_from_the_shell_and_refusals_name_the_event(
    world: World, database_url: str
) -> None:
    donate_to_fund(world, 100_000)
    opens = utc_now() - timedelta(hours=1)
    created = run(
        database_url,
        *("create", "citizens-day", "วันพลเมืองสงขลา", "--kind", "event"),
        *("--valid-from", opens.isoformat(), "--valid-until", "2099-01-01"),
        *("--fund", "citizens-day", "--allowance", "300"),
    )
    assert created.exit_code == 0, created.output
    assert (
        run(database_url, "add-event-merchant", "citizens-day", str(world.shop_id)).exit_code == 0
    )
    assert run(database_url, "register", "citizens-day", "0812345678").exit_code == 0
    paid = run(database_url, "pay-allowance", "0812345678", str(world.shop_id), "120.50", "k1")
    assert paid.exit_code == 0, paid.output
    assert "paid 120.50 เหรียญ from the allowance" in paid.output
    assert "179.50 เหรียญ left" in paid.output
    replay = run(database_url, "pay-allowance", "0812345678", str(world.shop_id), "120.50", "k1")
    assert replay.exit_code == 0, replay.output  # the same key pays once
    before = footprint(world)
    refusals = [
        (("0812345678", str(world.shop_id), "179.51", "k2"), "Not enough allowance: 179.50 coin"),
        (("0898765432", str(world.shop_id), "1", "k3"), "You hold no event allowance."),
        (("0899999999", str(world.shop_id), "1", "k4"), "no member with phone 0899999999"),
        (("0812345678", str(world.shop_id), "1,2.5", "k5"), "not an amount"),
    ]
    for args, message in refusals:
        refused = run(database_url, "pay-allowance", *args)
        assert refused.exit_code == 1, (args, refused.output)
        assert message in refused.output, (args, refused.output)
    assert footprint(world) == before
    with read_transaction(world.engine) as connection:
        (allowance,) = programs.member_allowances(connection, world.somsri.id, utc_now())
    assert allowance.balance == 17_950
    assert_sound(world)
