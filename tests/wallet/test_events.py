"""Event programs (Citizens' Day): allowances from a fund, spent only at the event's
merchants until expiry, the rest returned to the fund on closing; reserve kept."""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Connection, select

from tests.wallet.conftest import World
from tests.wallet.program_helpers import (
    assert_sound,
    footprint,
    new_merchant,
    new_program,
    pay,
    top_up,
    write,
)
from thungngoen import audit, ledger
from thungngoen.db import read_transaction
from thungngoen.wallet import book, checkout, people, programs
from thungngoen.wallet.programs import (
    AllowanceTooLow,
    DailyLimitExceeded,
    EventNotOpen,
    EventNotOver,
    ExcludedCategory,
    FundTooLow,
    NotEventMerchant,
    NotParticipant,
    Program,
    ProgramError,
    ProgramRuleBroken,
)
from thungngoen.wallet.reserve import reserve_report
from thungngoen.wallet.tables import payments

FUND = "thb:fund:citizens-day"
OPENS = datetime(2025, 6, 20, 1, 0, tzinfo=UTC)  # 08:00 in Songkhla
EXPIRES = OPENS + timedelta(days=2)
DURING = OPENS + timedelta(hours=3)


def account_balance(world: World, code: str) -> int:
    with read_transaction(world.engine) as connection:
        account = ledger.find_account(connection, code)
        assert account is not None
        return account.balance


def donate_to_fund(world: World, amount: int) -> None:
    """Baht given to the Citizens' Day fund: into the operator's bank, owed to the fund."""

    def donate(connection: Connection) -> None:
        bank = book.system_account_id(connection, book.BANK)
        fund = book.system_account_id(connection, FUND)
        request = ledger.TransferRequest(bank, fund, amount, "THB", "donation", "บริจาค")
        ledger.post_transfer(connection, request)

    write(world, donate)


def new_event(world: World, code: str = "citizens-day-2025", **terms: object) -> Program:
    defaults: dict[str, object] = {
        "name": "Citizens' Day 2025",
        "valid_from": OPENS,
        "valid_until": EXPIRES,
        "fund_code": "citizens-day",
        "allowance": 50_000,
        "excluded_categories": ("alcohol",),
    }
    program_terms = programs.ProgramTerms(**{**defaults, **terms})  # type: ignore[arg-type]
    return write(
        world,
        lambda c: programs.create_program(
            c, code=code, kind="event", terms=program_terms, actor="operator:1"
        ),
    )


def register(world: World, event: Program, member: people.Member) -> programs.Participant:
    return write(
        world,
        lambda c: programs.register_participant(
            c, event.id, member.id, actor="organiser:1", now=OPENS - timedelta(days=1)
        ),
    )


def spend(
    world: World, member: people.Member, shop_id: int, amount: int, key: str, now: datetime
) -> checkout.Payment:
    return write(world, lambda c: programs.pay_with_allowance(c, member, shop_id, amount, key, now))


def stall_for(world: World, event: Program, name: str = "ซุ้มขนมวันพลเมือง") -> int:
    stall = new_merchant(world, name, "food", "900101")
    write(world, lambda c: programs.add_event_merchant(c, event.id, stall, actor="organiser:1"))
    return stall


def allowance_code(event: Program, member: people.Member) -> str:
    return f"skc:event:{event.id}:{member.id}"


def test_allowances_are_credited_spent_at_the_event_and_returned(world: World) -> None:
    donate_to_fund(world, 1_000_000)
    event = new_event(world)
    stall = stall_for(world, event)
    first = register(world, event, world.somsri)
    assert register(world, event, world.somsri) == first  # once per participant
    register(world, event, world.anan)
    assert account_balance(world, FUND) == 900_000
    assert account_balance(world, allowance_code(event, world.somsri)) == 50_000
    with read_transaction(world.engine) as connection:
        assert reserve_report(connection).coin_outstanding == 100_000
    assert_sound(world)

    payment = spend(world, world.somsri, stall, 12_000, "stall-1", DURING)
    assert spend(world, world.somsri, stall, 12_000, "stall-1", DURING) == payment  # replayed
    with pytest.raises(ledger.errors.IdempotencyConflict):
        spend(world, world.somsri, stall, 13_000, "stall-1", DURING)
    assert account_balance(world, allowance_code(event, world.somsri)) == 38_000
    with read_transaction(world.engine) as connection:
        row = connection.execute(select(payments).where(payments.c.id == payment.id)).one()
        stall_account = checkout.approved_merchant(connection, stall).account_id
        assert ledger.balance(connection, stall_account) == 12_000
    assert (row.channel, row.program_id, row.amount) == ("event", event.id, 12_000)
    assert_sound(world)

    closing = write(world, lambda c: programs.close_event(c, event.id, EXPIRES, actor="op:1"))
    assert (closing.participants, closing.returned) == (2, 88_000)
    assert account_balance(world, FUND) == 988_000
    assert account_balance(world, allowance_code(event, world.somsri)) == 0
    with read_transaction(world.engine) as connection:
        report = reserve_report(connection)
        allowance = ledger.find_account(connection, allowance_code(event, world.anan))
        listed = programs.participants(connection, event.id)
        actions = [e.action for e in audit.recent(connection) if e.action.startswith("event.")]
    assert (report.coin_outstanding, report.baht_backing) == (12_000, 12_000)  # the stall's
    assert allowance is not None
    assert allowance.status == "closed"
    assert [(p.member_id, p.returned) for p in listed] == [
        (world.somsri.id, 38_000),
        (world.anan.id, 50_000),
    ]
    assert actions == ["event.close", "event.register", "event.register", "event.add_merchant"]
    assert_sound(world)

    before = footprint(world)
    again = write(world, lambda c: programs.close_event(c, event.id, EXPIRES + timedelta(days=1)))
    assert again == closing
    assert footprint(world) == before
    assert account_balance(world, FUND) == 988_000


def test_allowance_refused_elsewhere_after_expiry_and_beyond_what_is_left(world: World) -> None:
    donate_to_fund(world, 100_000)
    event = new_event(world)
    stall = stall_for(world, event)
    register(world, event, world.somsri)
    before = footprint(world)
    refusals: list[tuple[type[ProgramRuleBroken], Callable[[], object]]] = [
        (NotEventMerchant, lambda: spend(world, world.somsri, world.shop_id, 100, "a", DURING)),
        (EventNotOpen, lambda: spend(world, world.somsri, stall, 100, "b", EXPIRES)),
        (EventNotOpen, lambda: spend(world, world.somsri, stall, 100, "c", OPENS - timedelta(1))),
        (AllowanceTooLow, lambda: spend(world, world.somsri, stall, 50_001, "d", DURING)),
    ]
    for error, attempt in refusals:
        with pytest.raises(error) as caught:
            attempt()
        assert caught.value.program == event.code
        assert "Citizens' Day 2025" in caught.value.message
        assert footprint(world) == before
    with pytest.raises(NotParticipant):
        spend(world, world.anan, stall, 100, "e", DURING)
    with pytest.raises(EventNotOver):
        write(world, lambda c: programs.close_event(c, event.id, EXPIRES - timedelta(seconds=1)))
    assert footprint(world) == before
    spend(world, world.somsri, stall, 50_000, "all", DURING)
    assert_sound(world)


def test_registration_needs_an_open_event_and_enough_in_the_fund(world: World) -> None:
    donate_to_fund(world, 60_000)
    event = new_event(world)
    register(world, event, world.somsri)
    before = footprint(world)
    with pytest.raises(FundTooLow, match=r"100\.00 baht, less than the 500\.00"):
        register(world, event, world.anan)
    assert footprint(world) == before
    assert account_balance(world, FUND) == 10_000
    other_fund = programs.ProgramTerms(
        name="x", valid_from=OPENS, valid_until=EXPIRES, fund_code="welfare", allowance=1
    )
    with pytest.raises(ProgramError, match="fixed once people are registered"):
        write(world, lambda c: programs.update_program(c, event.id, other_fund, actor="op:1"))
    write(world, lambda c: programs.close_event(c, event.id, EXPIRES))
    donate_to_fund(world, 100_000)
    with pytest.raises(EventNotOpen):
        register(world, event, world.anan)
    liquor = new_merchant(world, "ร้านเหล้า", "alcohol", "900101")
    later = new_event(world, "citizens-day-2026")
    with pytest.raises(ExcludedCategory):
        write(world, lambda c: programs.add_event_merchant(c, later.id, liquor, actor="op:1"))
    assert_sound(world)


def test_event_limits_apply_to_allowances_not_to_the_members_own_coin(world: World) -> None:
    donate_to_fund(world, 100_000)
    top_up(world, world.somsri, 20_000)
    new_program(world, daily_limit=10_000)  # the sandbox: own coin, 100 baht a day
    event = new_event(world, daily_limit=20_000)
    stall = stall_for(world, event)
    register(world, event, world.somsri)
    spend(world, world.somsri, stall, 15_000, "one", DURING)
    with pytest.raises(DailyLimitExceeded) as caught:
        spend(world, world.somsri, stall, 10_000, "two", DURING)
    assert caught.value.program == event.code
    own = pay(world, world.shop_id, 10_000, DURING)  # the allowance spent does not count
    assert own.charged == 10_000
    spend(world, world.somsri, stall, 5_000, "three", DURING)  # nor the own coin here
    assert_sound(world)
