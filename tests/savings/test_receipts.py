"""Receipts: posting a meeting numbers one per member who brought money, per group and in
member order; a replayed sheet numbers nothing again; migration 0009 gives meetings
posted before it the numbers posting would have given."""

from datetime import date

from sqlalchemy import Engine, select

from tests.savings.helpers import line, make_world
from thungngoen import savings
from thungngoen.db import read_transaction
from thungngoen.db.migrate import downgrade, upgrade
from thungngoen.savings.receipts import get_receipt
from thungngoen.savings.tables import receipts

JAN, FEB = date(2024, 1, 10), date(2024, 2, 10)


def _numbers(engine: Engine) -> list[tuple[int, int, int, int]]:
    query = select(
        receipts.c.group_id, receipts.c.number, receipts.c.meeting_id, receipts.c.member_id
    ).order_by(receipts.c.group_id, receipts.c.number)
    with read_transaction(engine) as connection:
        return [tuple(row) for row in connection.execute(query)]


def test_receipts_follow_the_payers_and_survive_a_replay(engine: Engine) -> None:
    world = make_world(engine)
    first, second, third, fourth = world.members
    january = world.sheet(
        JAN,
        line(fourth, commitment=5_000),
        line(first, commitment=5_000, voluntary=2_000),
        line(second, present=False),  # paid nothing: no receipt
        line(third, fine=1_000),
    )
    sheet = savings.MeetingSheet(world.group.id, FEB, (line(second, commitment=10_000),))
    february = world.post(sheet, "feb")
    world.post(sheet, "feb")  # the same sheet again: replayed, nothing numbered
    found = _numbers(engine)
    assert [(number, member) for _, number, _, member in found] == [
        (1, first.id),
        (2, third.id),
        (3, fourth.id),
        (4, second.id),
    ]
    assert [meeting for _, _, meeting, _ in found] == [january.id] * 3 + [february.id]
    first_id = world.read(
        lambda c: c.execute(select(receipts.c.id).where(receipts.c.number == 1)).scalar_one()
    )
    receipt = world.read(lambda c: get_receipt(c, first_id))
    assert receipt.label == "laem-son-on/00001"
    assert [(item.kind, item.amount) for item in receipt.lines] == [
        ("commitment", 5_000),
        ("voluntary", 2_000),
    ]
    assert receipt.total == 7_000


def test_the_migration_numbers_earlier_meetings_as_posting_does(engine: Engine) -> None:
    world = make_world(engine)
    first, second, *_ = world.members
    world.sheet(JAN, line(second, commitment=5_000), line(first, welfare=500))
    world.sheet(FEB, line(first, commitment=5_000))
    posted = _numbers(engine)
    assert len(posted) == 3
    downgrade(engine, "0008")
    upgrade(engine)
    assert _numbers(engine) == posted
