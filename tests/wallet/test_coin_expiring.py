"""An event's allowance lapses at the event's expiry: each participant with some left is
told from 08:00 Thai time on the third day before, once, with the amount left; not one
who spent it all, not after the expiry, not once the event is closed."""

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Connection, select

from tests.wallet.conftest import World
from tests.wallet.test_events import OPENS, donate_to_fund, new_event, register, spend, stall_for
from thungngoen import communication
from thungngoen.communication.fanout import fan_out
from thungngoen.communication.preferences import set_address, set_preference
from thungngoen.communication.tables import deliveries
from thungngoen.db import read_transaction, write_transaction
from thungngoen.notify import kind_named
from thungngoen.notify.tables import notifications
from thungngoen.thai import THAI_TIME
from thungngoen.wallet import programs
from thungngoen.wallet.reminders import SCHEDULED

[JOB] = SCHEDULED
EXPIRES = OPENS + timedelta(days=10)  # 30 June 2025, 08:00 Thai time
FIRST_DAY = date(2025, 6, 27)


def _run(world: World, hour: int, minute: int = 0, day: date = FIRST_DAY) -> int:
    now = datetime.combine(day, time(hour, minute), THAI_TIME).astimezone(UTC)
    return communication.run_scheduled(world.engine, [JOB], now)


def _told(world: World) -> list[tuple[int, dict[str, object]]]:
    with read_transaction(world.engine) as connection:
        rows = connection.execute(
            select(notifications.c.user_id, notifications.c.data).where(
                notifications.c.kind == "wallet.coin_expiring"
            )
        ).all()
    return [(row.user_id, dict(row.data)) for row in rows]


def _event(world: World) -> programs.Program:
    donate_to_fund(world, 1_000_000)
    event = new_event(world, valid_until=EXPIRES)
    stall = stall_for(world, event)
    register(world, event, world.somsri)
    register(world, event, world.anan)
    spend(world, world.somsri, stall, 12_000, "somsri-1", OPENS + timedelta(hours=2))
    spend(world, world.anan, stall, 50_000, "anan-all", OPENS + timedelta(hours=3))
    return event


def test_a_participant_with_coin_left_is_told_three_days_before_once(world: World) -> None:
    _event(world)
    assert _run(world, 12, day=FIRST_DAY - timedelta(days=1)) == 0
    assert _run(world, 7, 59) == 0
    assert _run(world, 8, 0) == 1  # Anan spent it all
    assert _run(world, 8, 10) == 0
    assert _run(world, 9, day=FIRST_DAY + timedelta(days=2)) == 0
    told = _told(world)
    assert [(user, values["amount"]) for user, values in told] == [(world.somsri.user_id, 38_000)]
    kind = kind_named("wallet.coin_expiring")
    body = kind.render(told[0][1], "th").body
    assert body == (
        "เหรียญ Citizens' Day 2025 เหลือ 380.00 เหรียญ ใช้ได้ถึง 30 มิ.ย. 2568 08:00 น. หลังจากนั้นจะคืนกองทุน"
    )
    assert "380.00 coin" in kind.render(told[0][1], "en").body


def test_nothing_after_the_expiry_nor_for_a_closed_event(world: World) -> None:
    event = _event(world)
    assert _run(world, 8, 0, day=date(2025, 6, 30)) == 0  # expired at 08:00 that day
    write_transaction(
        world.engine, lambda c: programs.close_event(c, event.id, EXPIRES, actor="op:1")
    )
    assert _run(world, 9) == 0
    assert _told(world) == []


def test_the_job_is_declared_to_the_worker() -> None:
    from thungngoen import notify

    assert "wallet.coin_expiring" in {job.name for job in notify.all_scheduled()}


def test_events_switched_off_on_a_channel_is_not_sent_there(world: World) -> None:
    _event(world)
    morning = datetime.combine(FIRST_DAY, time(8), THAI_TIME).astimezone(UTC)

    def addresses(connection: Connection) -> None:
        set_address(connection, world.somsri.user_id, "email", "somsri@example.org", morning)
        set_address(connection, world.somsri.user_id, "sms", "0812345678", morning)
        set_preference(connection, world.somsri.user_id, "events", "email", False)

    write_transaction(world.engine, addresses)
    assert _run(world, 8) == 1
    write_transaction(world.engine, lambda c: fan_out(c, ["email", "sms"], morning))
    with read_transaction(world.engine) as connection:
        sent = connection.execute(select(deliveries.c.channel)).scalars().all()
    assert sent == ["sms"]
