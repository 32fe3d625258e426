"""Digests on a real database: a week's top-ups and payments give the right totals and
the balance at the week's end; a person who chose ``never`` (or monthly) gets no weekly
digest; the job tells once however often it runs; a section with nothing is left out and
an empty digest is not sent; the job's timing rule at its boundaries."""

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, delete, func, select

from tests.wallet.conftest import World
from thungngoen import notify
from thungngoen.clock import simulated_time
from thungngoen.communication import digests
from thungngoen.communication.digest_periods import due_period
from thungngoen.communication.notifications import DIGEST
from thungngoen.communication.preferences import set_settings
from thungngoen.communication.tables import digest_runs
from thungngoen.notify.tables import notifications
from thungngoen.savings import add_member, create_group
from thungngoen.wallet.checkout import pay_merchant
from thungngoen.wallet.payments import pay_member
from thungngoen.wallet.programs.admin import ProgramTerms, create_program
from thungngoen.wallet.topups import cash_topup

WEEK = datetime(2026, 11, 1, 17, 0, tzinfo=UTC)  # Monday 2 November 2026, 00:00 Thai time
SENT = WEEK + timedelta(days=7, hours=8)  # Monday 9 November, 08:00 Thai time


def _at(engine: Engine, moment: datetime, operation: Any) -> None:
    with simulated_time(moment), engine.begin() as connection:
        operation(connection)


def _topup(world: World, amount: int, key: str) -> Any:
    return lambda c: cash_topup(
        c,
        agent_id=world.agent_id,
        member_id=world.somsri.id,
        amount=amount,
        idempotency_key=key,
        actor="agent",
    )


def _a_week(world: World) -> None:
    """Somsri tops up twice, pays the shop and sends Anan coin; a top-up after the week."""
    engine = world.engine
    _at(engine, WEEK + timedelta(days=1), _topup(world, 20_000, "a"))
    _at(engine, WEEK + timedelta(days=2), _topup(world, 5_000, "b"))

    def shop(connection: Connection) -> None:
        pay_merchant(
            connection,
            member=world.somsri,
            merchant_id=world.shop_id,
            amount=3_000,
            channel="shop_qr",
            idempotency_key="pay",
            now=WEEK + timedelta(days=3),
        )

    _at(engine, WEEK + timedelta(days=3), shop)
    _at(
        engine,
        WEEK + timedelta(days=4),
        lambda c: pay_member(
            c,
            payer=world.somsri,
            payee_phone="0898765432",
            amount=2_000,
            memo="",
            idempotency_key="p2p",
        ),
    )
    _at(engine, WEEK + timedelta(days=7, hours=2), _topup(world, 10_000, "after"))


def _run(engine: Engine, now: datetime) -> int:
    with engine.begin() as connection:
        return digests.run(connection, now)


def _told(engine: Engine) -> list[tuple[int, dict[str, Any]]]:
    with engine.connect() as connection:
        query = select(notifications.c.user_id, notifications.c.data).where(
            notifications.c.kind == DIGEST.code
        )
        return [(row.user_id, row.data) for row in connection.execute(query.order_by("id"))]


def _lines(engine: Engine, user_id: int, language: notify.Language = "en") -> dict[str, list[str]]:
    [digest_id] = [data["digest"] for who, data in _told(engine) if who == user_id]
    with engine.connect() as connection:
        digest = digests.digest_of(connection, user_id, digest_id)
    shown = notify.render_digest(digest.content, language)
    return {section.title: [line.text for line in section.lines] for section in shown}


def test_a_weeks_money_gives_the_totals_and_the_balance_at_its_end(world: World) -> None:
    _a_week(world)
    assert _run(world.engine, SENT) == 2  # Somsri and Anan; the shop owner and agent: nothing
    assert _lines(world.engine, world.somsri.user_id) == {
        "My wallet": [
            "Balance 200.00 coin",
            "Paid 50.00 coin (payments: 2)",
            "Topped up 250.00 coin (top-ups: 2)",
        ]
    }
    assert _lines(world.engine, world.anan.user_id)["My wallet"] == [
        "Balance 20.00 coin",
        "Received 20.00 coin (payments: 1)",
    ]
    thai = _lines(world.engine, world.somsri.user_id, "th")
    assert thai["เงินในกระเป๋า"][0] == "ยอดคงเหลือ 200.00 เหรียญ"
    [(_, data), *_] = _told(world.engine)
    assert (data["first"], data["last"]) == ("2026-11-02", "2026-11-08")


def test_never_and_monthly_get_no_weekly_digest(world: World) -> None:
    _a_week(world)
    with world.engine.begin() as connection:
        set_settings(connection, world.somsri.user_id, "th", True, "never")
        set_settings(connection, world.anan.user_id, "en", True, "monthly")
    assert _run(world.engine, SENT) == 0
    assert _told(world.engine) == []


def test_the_job_tells_once_however_often_it_runs(world: World) -> None:
    _a_week(world)
    assert _run(world.engine, SENT) == 2
    assert _run(world.engine, SENT + timedelta(minutes=1)) == 0
    with world.engine.begin() as connection:  # its progress lost: the digests are there
        connection.execute(delete(digest_runs))
    assert _run(world.engine, SENT + timedelta(minutes=2)) == 0
    assert len(_told(world.engine)) == 2
    with world.engine.connect() as connection:
        runs = connection.execute(select(func.count()).select_from(digest_runs)).scalar_one()
    assert runs == 2  # the week's, and the month's (October: nothing to tell)


def test_the_job_goes_through_the_people_in_batches(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    _a_week(world)
    monkeypatch.setattr(digests, "BATCH", 1)
    told = [_run(world.engine, SENT + timedelta(minutes=n)) for n in range(8)]
    assert sum(told) == 2
    assert len(_told(world.engine)) == 2


def test_a_section_with_nothing_is_left_out_and_an_empty_digest_is_not_sent(
    world: World,
) -> None:
    _a_week(world)

    def everyone(connection: Connection, users: Any, since: datetime, until: datetime) -> Any:
        return {user_id: [notify.Said("x", {})] for user_id in users}

    def nobody(connection: Connection, users: Any, since: datetime, until: datetime) -> Any:
        return {}

    line = notify.Line("x", {}, "x", "x")
    figures = notify.DigestSection("t.figures", 1, "x", "x", (line,), everyone, standalone=False)
    empty = notify.DigestSection("t.empty", 2, "x", "x", (line,), nobody)
    people = [world.somsri.user_id, world.shop_owner_id]
    with world.engine.connect() as connection:
        assert notify.gather_digest(connection, people, WEEK, SENT, [figures, empty]) == {}
        found = notify.gather_digest(connection, people, WEEK, SENT)
    assert set(found) == {world.somsri.user_id}  # the shop owner has no wallet of a member
    assert set(found[world.somsri.user_id]) == {"wallet.money"}  # no news, events, savings


def test_a_line_said_must_be_declared_and_typed(world: World) -> None:
    line = notify.Line("x", {"amount": "coin"}, "{amount}", "{amount}")
    section = notify.DigestSection("t.x", 1, "x", "x", (line,), lambda *_: {})
    with pytest.raises(notify.errors.UnknownTemplateValue):
        section.check(notify.Said("x", {"amount": "12"}))
    with pytest.raises(notify.errors.UnknownTemplateValue):
        section.check(notify.Said("y", {"amount": 12}))
    with pytest.raises(notify.errors.UnknownTemplateValue):
        notify.Line("x", {}, "{amount}", "")


THAI = timedelta(hours=7)


@pytest.mark.parametrize(
    ("frequency", "local", "label"),
    [
        ("weekly", datetime(2026, 12, 7, 7, 59, 59), "2026-W48"),  # Monday, before 08:00
        ("weekly", datetime(2026, 12, 7, 8, 0), "2026-W49"),  # Monday 08:00
        ("weekly", datetime(2026, 12, 13, 23, 59), "2026-W49"),  # the Sunday after
        ("weekly", datetime(2026, 12, 14, 8, 0), "2026-W50"),
        ("weekly", datetime(2027, 1, 4, 8, 0), "2026-W53"),  # across the year
        ("monthly", datetime(2026, 12, 1, 7, 59, 59), "2026-10"),  # the 1st, before 08:00
        ("monthly", datetime(2026, 12, 1, 8, 0), "2026-11"),
        ("monthly", datetime(2026, 12, 31, 23, 59), "2026-11"),
        ("monthly", datetime(2027, 1, 1, 8, 0), "2026-12"),
    ],
)
def test_the_timing_rule_in_thai_time(frequency: str, local: datetime, label: str) -> None:
    now = (local - THAI).replace(tzinfo=UTC)
    period = due_period(frequency, now)
    assert period.label == label
    assert period.until <= now
    assert period.until - period.since >= timedelta(days=7)


def test_the_week_runs_monday_to_monday_thai_time() -> None:
    period = due_period("weekly", SENT)
    assert (period.since, period.until) == (WEEK, WEEK + timedelta(days=7))
    assert due_period("weekly", SENT - timedelta(seconds=1)).label == "2026-W44"


def test_savings_and_the_events_coming_where_one_lives(world: World) -> None:
    """Somsri is in a savings group; a market starts in her sub-district the Thursday
    after the week, a program of Anan's sub-district ends that Sunday, one starts too late
    (past the two weeks) and one ended during the week."""
    _a_week(world)
    until = WEEK + timedelta(days=7)

    def programs(connection: Connection) -> None:
        for code, start, end, where in (
            ("market", until + timedelta(days=3), until + timedelta(days=4), ("900101",)),
            ("anan-only", WEEK, until + timedelta(days=7), ("900102",)),
            ("too-late", until + timedelta(days=20), None, ()),
            ("ended", WEEK - timedelta(days=9), until - timedelta(days=1), ()),
        ):
            terms = ProgramTerms(f"โครงการ {code}", start, end, allowed_tambons=where)
            create_program(connection, code=code, kind="sandbox", terms=terms, actor="op")
        group = create_group(
            connection,
            code="bo-yang",
            name="กลุ่มออมทรัพย์บ่อยาง",
            tambon_code="900101",
            community="ชุมชนบ่อยาง",
            founded_on=date(2026, 1, 1),
            actor="op",
        )
        add_member(
            connection,
            group.id,
            joined_on=date(2026, 1, 1),
            actor="op",
            wallet_member_id=world.somsri.id,
        )

    _at(world.engine, WEEK, programs)
    assert _run(world.engine, SENT) == 2
    somsri = _lines(world.engine, world.somsri.user_id, "th")
    assert somsri["เงินออม"] == ["เงินออมในกลุ่มออมทรัพย์บ่อยาง 0.00 บาท"]
    assert somsri["กิจกรรมที่กำลังจะมา"] == ["โครงการ market เริ่ม 12 พ.ย. 2569"]
    anan = _lines(world.engine, world.anan.user_id)
    assert anan["Coming events"] == ["โครงการ anan-only ends on 15 Nov 2026"]
    assert "My savings" not in anan
    assert list(somsri) == ["เงินในกระเป๋า", "เงินออม", "กิจกรรมที่กำลังจะมา"]
