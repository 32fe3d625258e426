"""The savings reminders, run as the worker runs them (``communication.run_scheduled``)
at explicit moments: each fires from 08:00 Thai time on its day and not a minute before,
once however often it runs, not for a repaid instalment, not for a member who left, and
a person who switched savings off on a channel gets nothing there."""

from datetime import date, time

from sqlalchemy import Connection

from tests.savings.helpers import ACTOR
from tests.savings.reminder_helpers import FIRST_DUE, INSTALMENT, Group, days, group, thai
from thungngoen.communication.fanout import fan_out
from thungngoen.communication.preferences import set_address, set_preference
from thungngoen.communication.tables import deliveries
from thungngoen.db import read_transaction
from thungngoen.notify import kind_named
from thungngoen.savings import reminders
from thungngoen.savings.leaving import leave_group
from thungngoen.savings.meeting_plans import plan_meeting

__all__ = ["group"]  # the fixture

MEETS = date(2024, 3, 10)
[MEETING, DUE, LATE] = reminders.SCHEDULED


def _plan(group: Group, on: date = MEETS) -> None:
    world = group.world
    world.write(
        lambda c: plan_meeting(
            c,
            world.group.id,
            meets_on=on,
            starts_at=time(9, 30),
            place="ศาลาชุมชนแหลมสนอ่อน",
            today=date(2024, 3, 1),
            actor=ACTOR,
        )
    )


def test_the_meeting_reminder_comes_at_eight_the_day_before_once(group: Group) -> None:
    _plan(group)
    before = MEETS - days(1)
    assert group.run(MEETING, thai(before - days(1), 9)) == 0  # two days before
    assert group.run(MEETING, thai(before, 7, 59)) == 0
    assert group.run(MEETING, thai(before, 8, 0)) == 2  # the two members with a login
    for _ in range(3):
        assert group.run(MEETING, thai(before, 8, 10)) == 0
    assert group.run(MEETING, thai(MEETS, 7, 0)) == 0
    told = group.told("savings.meeting_tomorrow")
    assert sorted(user for user, _ in told) == sorted(group.users.values())
    kind = kind_named("savings.meeting_tomorrow")
    texts = kind.render(told[0][1], "th")
    assert texts.body == (
        "กลุ่มสัจจะออมทรัพย์ชุมชนแหลมสนอ่อน ประชุม 10 มี.ค. 2567 09:30 น. ที่ ศาลาชุมชนแหลมสนอ่อน"
    )
    assert "10 Mar 2024 09:30" in kind.render(told[0][1], "en").body


def test_a_member_who_left_is_not_told(group: Group) -> None:
    _plan(group)
    world = group.world
    world.write(
        lambda c: leave_group(
            c, world.group.id, group.saver.id, left_on=date(2024, 3, 1), actor=ACTOR
        )
    )
    assert group.run(MEETING, thai(MEETS - days(1), 8)) == 1
    assert [user for user, _ in group.told("savings.meeting_tomorrow")] == [group.users["borrower"]]


def test_a_moved_meeting_is_announced_for_its_new_day(group: Group) -> None:
    _plan(group)
    _plan(group, MEETS + days(7))
    assert group.run(MEETING, thai(MEETS - days(1), 8)) == 2
    assert group.run(MEETING, thai(MEETS + days(6), 8)) == 2


def test_an_instalment_is_announced_three_days_before_it_is_due(group: Group) -> None:
    start = FIRST_DUE - days(3)
    assert group.run(DUE, thai(start - days(1), 12)) == 0
    assert group.run(DUE, thai(start, 7, 59)) == 0
    assert group.run(DUE, thai(start, 8, 0)) == 1
    for moment in (thai(start, 9), thai(start + days(1), 8), thai(FIRST_DUE, 8)):
        assert group.run(DUE, moment) == 0
    assert group.told("savings.instalment_due") == [
        (
            group.users["borrower"],
            {"group": group.world.group.name, "amount": INSTALMENT, "due": "2024-03-10"}
            | {"loan_id": group.loan.id},
        )
    ]


def test_a_repaid_instalment_is_not_announced_nor_late(group: Group) -> None:
    group.repay(date(2024, 3, 5), INSTALMENT)
    assert group.run(DUE, thai(FIRST_DUE - days(3), 8)) == 0
    assert group.run(LATE, thai(FIRST_DUE + days(1), 8)) == 0
    # The next instalment, unpaid, is announced in its turn.
    assert group.run(DUE, thai(date(2024, 4, 7), 8)) == 1
    assert group.told("savings.instalment_due")[0][1]["due"] == "2024-04-10"


def test_part_of_an_instalment_paid_announces_what_is_left(group: Group) -> None:
    group.repay(date(2024, 3, 5), 3_000)
    assert group.run(DUE, thai(FIRST_DUE - days(2), 10)) == 1
    assert group.told("savings.instalment_due")[0][1]["amount"] == INSTALMENT - 3_000


def test_a_late_instalment_is_told_the_day_after_then_weekly_four_times(group: Group) -> None:
    assert group.run(LATE, thai(FIRST_DUE, 20)) == 0
    assert group.run(LATE, thai(FIRST_DUE + days(1), 7, 59)) == 0
    assert group.run(LATE, thai(FIRST_DUE + days(1), 8)) == 1
    assert group.run(LATE, thai(FIRST_DUE + days(2), 8)) == 0
    assert group.run(LATE, thai(FIRST_DUE + days(7), 23)) == 0
    assert group.run(LATE, thai(FIRST_DUE + days(8), 8)) == 1
    assert group.run(LATE, thai(FIRST_DUE + days(22), 8)) == 1  # a week skipped: the latest only
    assert group.run(LATE, thai(FIRST_DUE + days(29), 8)) == 0  # four at most
    told = group.told("savings.instalment_late")
    assert [values["amount"] for _, values in told] == [INSTALMENT] * 3
    texts = kind_named("savings.instalment_late").render(told[0][1], "th")
    assert "10 มี.ค. 2567" in texts.body
    assert "1,030.00 บาท" in texts.body


def test_a_late_instalment_repaid_stops_the_reminders(group: Group) -> None:
    assert group.run(LATE, thai(FIRST_DUE + days(1), 8)) == 1
    group.repay(date(2024, 3, 12), INSTALMENT)
    assert group.run(LATE, thai(FIRST_DUE + days(8), 8)) == 0


def test_a_borrower_who_left_is_not_reminded(group: Group) -> None:
    world = group.world
    world.write(
        lambda c: leave_group(
            c, world.group.id, group.borrower.id, left_on=date(2024, 3, 1), actor=ACTOR
        )
    )
    assert group.run(DUE, thai(FIRST_DUE - days(3), 8)) == 0
    assert group.run(LATE, thai(FIRST_DUE + days(1), 8)) == 0


def test_savings_switched_off_on_a_channel_is_not_sent_there(group: Group) -> None:
    _plan(group)
    now = thai(MEETS - days(1), 8)
    world = group.world

    def addresses(connection: Connection) -> None:
        for who, user_id in group.users.items():
            set_address(connection, user_id, "email", f"{who}@example.org", now)
        set_preference(connection, group.users["saver"], "savings", "email", False)

    world.write(addresses)
    assert group.run(MEETING, now) == 2
    world.write(lambda c: fan_out(c, ["email"], now))
    with read_transaction(world.engine) as connection:
        sent = connection.execute(deliveries.select()).all()
    assert [(row.address, row.due_at) for row in sent] == [("borrower@example.org", now)]
    assert len(group.told("savings.meeting_tomorrow")) == 2  # both still see it in the app


def test_every_savings_job_is_declared_to_the_worker() -> None:
    from thungngoen import notify

    names = {job.name for job in notify.all_scheduled()}
    assert {"savings.meeting_tomorrow", "savings.instalment_due"} <= names
    assert "savings.instalment_late" in names
