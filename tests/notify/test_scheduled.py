"""Notifications raised by time: a job tells each thing once, however often it runs or
however many workers run it, and a failing job leaves the others their turn."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Connection, Engine, func, select

from thungngoen import communication, notify
from thungngoen.auth.notifications import PIN_LOCKED
from thungngoen.auth.users import create_user
from thungngoen.notify.errors import NotifyError
from thungngoen.notify.tables import notifications

NOW = datetime(2026, 12, 5, 3, 0, tzinfo=UTC)


def _person(engine: Engine) -> int:
    with engine.begin() as connection:
        user = create_user(
            connection, phone="0811110000", name="สมศรี", role="member", password=None, actor="t"
        )
    return user.id


def _count(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.scalar(select(func.count()).select_from(notifications)) or 0)


def test_a_key_tells_once(engine: Engine) -> None:
    user_id = _person(engine)
    for _ in range(3):
        with engine.begin() as connection:
            notify.notify_once(connection, "test:pin:1", PIN_LOCKED, user_id, NOW, {})
    with engine.begin() as connection:
        assert notify.notify_once(connection, "test:pin:2", PIN_LOCKED, user_id, NOW, {})
        assert not notify.notify_once(connection, "test:pin:2", PIN_LOCKED, user_id, NOW, {})
    assert _count(engine) == 2


def test_a_rolled_back_notification_frees_its_key(engine: Engine) -> None:
    user_id = _person(engine)

    def failing_operation() -> None:
        with engine.begin() as connection:
            notify.notify_once(connection, "test:pin", PIN_LOCKED, user_id, NOW, {})
            raise RuntimeError("the operation failed")

    with pytest.raises(RuntimeError):
        failing_operation()
    with engine.begin() as connection:
        assert notify.notify_once(connection, "test:pin", PIN_LOCKED, user_id, NOW, {})
    assert _count(engine) == 1


@pytest.mark.parametrize("key", ["", "x" * 201])
def test_a_key_must_be_given_and_fit(engine: Engine, key: str) -> None:
    user_id = _person(engine)
    with pytest.raises(NotifyError), engine.begin() as connection:
        notify.notify_once(connection, key, PIN_LOCKED, user_id, NOW, {})
    assert _count(engine) == 0


def test_a_failing_job_leaves_the_others_their_turn(engine: Engine) -> None:
    user_id = _person(engine)

    def broken(connection: Connection, now: datetime) -> int:
        notify.notify(connection, PIN_LOCKED, user_id, now, {})
        raise RuntimeError("a bug in one area")

    def working(connection: Connection, now: datetime) -> int:
        return int(notify.notify_once(connection, "test:job", PIN_LOCKED, user_id, now, {}))

    jobs = [notify.Scheduled("test.broken", broken), notify.Scheduled("test.working", working)]
    assert communication.run_scheduled(engine, jobs, NOW) == 1
    assert communication.run_scheduled(engine, jobs, NOW) == 0
    assert _count(engine) == 1  # the broken job's notification was rolled back


def test_the_timetable_runs_a_job_when_its_interval_has_passed() -> None:
    hourly = notify.Scheduled("test.hourly", lambda c, now: 0, every=timedelta(hours=1))
    daily = notify.Scheduled("test.daily", lambda c, now: 0, every=timedelta(days=1))
    timetable = notify.Timetable((hourly, daily))
    assert timetable.due(NOW) == [hourly, daily]
    assert timetable.due(NOW + timedelta(minutes=59)) == []
    assert timetable.due(NOW + timedelta(hours=1)) == [hourly]
    assert timetable.due(NOW + timedelta(days=1)) == [hourly, daily]
