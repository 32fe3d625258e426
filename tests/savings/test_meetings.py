"""Meeting sheets: one linked batch, idempotent, all or nothing, corrected by reversal."""

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import ColumnElement, Engine, select

from tests.savings.helpers import World, line, make_world
from thungngoen import ledger, savings
from thungngoen.errors import DomainError
from thungngoen.ledger.errors import IdempotencyConflict
from thungngoen.ledger.tables import transfers
from thungngoen.savings import errors
from thungngoen.savings.tables import attendance, entries

JAN, FEB, MAR = date(2024, 1, 10), date(2024, 2, 10), date(2024, 3, 10)


@pytest.fixture
def world(engine: Engine) -> World:
    return make_world(engine, savings.Regulation(commitment=5_000, welfare_monthly=1_000))


def test_a_sheet_posts_as_one_batch_and_the_books_balance(world: World) -> None:
    a, b, c, d = world.members
    meeting = world.sheet(
        JAN,
        line(a, commitment=5_000, voluntary=2_000, welfare=1_000),
        line(b, commitment=5_000, welfare=1_000),
        line(c, commitment=5_000, welfare=1_000, fine=1_000),
        line(d, present=False),
        expenses=(savings.Expense(500, "ค่าสมุดบัญชี"),),
    )
    assert meeting.number == 1
    books = world.books()
    assert (books.cash, books.savings, books.welfare, books.fines, books.expenses) == (
        20_500,
        17_000,
        3_000,
        1_000,
        500,
    )
    assert books.balanced
    legs = world.read(
        lambda c: c.execute(
            select(transfers.c.batch_id).where(transfers.c.batch_id == meeting.batch_id)
        ).all()
    )
    assert len(legs) == 9
    present = world.read(
        lambda c: dict(
            c.execute(
                select(attendance.c.member_id, attendance.c.present).where(
                    attendance.c.meeting_id == meeting.id
                )
            ).all()
        )
    )
    assert present == {a.id: True, b.id: True, c.id: True, d.id: False}
    book = world.read(lambda c: savings.member_passbook(c, a.id, as_of=JAN))
    assert [(x.kind, x.amount, x.savings_after) for x in book.lines] == [
        ("commitment", 5_000, 5_000),
        ("voluntary", 2_000, 7_000),
        ("welfare_contribution", 1_000, None),
    ]
    assert world.sound() == []


def test_the_same_sheet_twice_posts_once(world: World) -> None:
    sheet = savings.MeetingSheet(world.group.id, JAN, (line(world.members[0], commitment=5_000),))
    first = world.post(sheet, "jan-sheet")
    before = world.footprint()
    assert world.post(sheet, "jan-sheet") == first
    assert world.footprint() == before
    other = savings.MeetingSheet(world.group.id, JAN, (line(world.members[0], commitment=9_000),))
    with pytest.raises(IdempotencyConflict):
        world.post(other, "jan-sheet")
    assert world.footprint() == before
    assert world.savings_of(0) == 5_000


def _loan(world: World, approved: bool = True) -> savings.Loan:
    """Member 4 (the collector), who saved 50 baht in January, borrows 100 baht."""
    if approved:
        return world.loan(3, 10_000, 2, JAN)
    member_id = world.members[3].id
    return world.write(
        lambda c: savings.apply_for_loan(
            c,
            world.group.id,
            member_id=member_id,
            principal=10_000,
            months=2,
            purpose="ทุน",
            applied_on=JAN,
            actor="test",
        )
    )


Build = Callable[[World], savings.MeetingSheet]


def _sheet(world: World, *lines: savings.MemberLine, **more: Any) -> savings.MeetingSheet:
    return savings.MeetingSheet(world.group.id, FEB, tuple(lines), **more)


REJECTIONS: list[tuple[str, Build, type[DomainError], str]] = [
    (
        "before the last meeting",
        lambda w: savings.MeetingSheet(w.group.id, date(2024, 1, 9)),
        errors.MeetingOutOfOrder,
        "held_on",
    ),
    (
        "in the future",
        lambda w: savings.MeetingSheet(w.group.id, date(2999, 1, 1)),
        errors.MeetingOutOfOrder,
        "held_on",
    ),
    (
        "a negative amount",
        lambda w: _sheet(w, line(w.members[0], commitment=-1)),
        errors.InvalidSheet,
        "m{0}.commitment",
    ),
    (
        "a member twice",
        lambda w: _sheet(w, line(w.members[0]), line(w.members[0])),
        errors.InvalidSheet,
        "lines",
    ),
    (
        "a withdrawal over the savings",
        lambda w: _sheet(w, line(w.members[0], withdrawal=5_001)),
        errors.WithdrawalOverSavings,
        "m{0}.withdrawal",
    ),
    (
        "an expense over the cash",
        lambda w: _sheet(w, expenses=(savings.Expense(20_001, "ซื้อตู้"),)),
        errors.GroupCashShort,
        "expense0",
    ),
    (
        "a grant over the welfare fund",
        lambda w: _sheet(w, welfare_grants=(savings.WelfareGrant(w.members[1].id, 1, "ป่วย"),)),
        errors.WelfareFundShort,
        "grant0",
    ),
    (
        "a loan not yet approved",
        lambda w: _sheet(w, disbursements=(savings.Disbursement(_loan(w, False).id),)),
        errors.LoanNotDisbursable,
        "loan{loan}",
    ),
    (
        "coin for a member without a wallet",
        lambda w: _sheet(w, disbursements=(savings.Disbursement(_loan(w).id, "coin"),)),
        errors.LoanNotDisbursable,
        "loan{loan}",
    ),
    (
        "a repayment of a loan not paid out",
        lambda w: _sheet(w, line(w.members[3], repayments=(savings.Repayment(_loan(w).id, 100),))),
        errors.LoanNotActive,
        "m{3}.repay.{loan}",
    ),
    (
        "a member of no such group",
        lambda w: _sheet(w, line(w.members[0], commitment=5_000), savings.MemberLine(999_999)),
        errors.UnknownSavingsMember,
        "",
    ),
    (
        "a correction of nothing",
        lambda w: _sheet(w, corrections=(savings.Correction(999_999, "พิมพ์ผิด"),)),
        errors.CorrectionNotAllowed,
        "correction0",
    ),
    (
        "a correction without a reason",
        lambda w: _sheet(w, corrections=(savings.Correction(1, " "),)),
        errors.InvalidSheet,
        "correction0",
    ),
]


@pytest.mark.parametrize(
    ("build", "error", "field"),
    [pytest.param(*case[1:], id=case[0]) for case in REJECTIONS],
)
def test_a_rejected_sheet_writes_nothing(
    world: World, build: Build, error: type[DomainError], field: str
) -> None:
    world.sheet(JAN, *(line(m, commitment=5_000) for m in world.members))
    sheet = build(world)
    before = world.footprint()
    with pytest.raises(error) as raised:
        world.post(sheet, "rejected")
    assert type(raised.value) is error
    loans = world.read(lambda c: savings.list_loans(c, world.group.id))
    expected = field.format(*(m.id for m in world.members), loan=loans[-1].id if loans else 0)
    assert getattr(raised.value, "field", "") == expected
    assert world.footprint() == before
    assert world.books().balanced


def test_voluntary_savings_are_refused_where_the_rules_say_so(engine: Engine) -> None:
    world = make_world(engine, savings.Regulation(voluntary_allowed=False))
    before = world.footprint()
    with pytest.raises(errors.VoluntaryNotAllowed):
        world.sheet(JAN, line(world.members[0], commitment=5_000, voluntary=100))
    assert world.footprint() == before


def test_a_mistake_is_corrected_by_a_reversal_in_a_later_meeting(world: World) -> None:
    a, b = world.members[:2]
    first = world.sheet(JAN, line(a, commitment=5_000, voluntary=3_000), line(b, fine=1_000))
    typed = world.read(lambda c: savings.meeting_report(c, first.id))
    slip = next(entry for entry in typed.entries if entry.kind == "voluntary")
    fine = next(entry for entry in typed.entries if entry.kind == "fine")
    reasons = ("เงินฝากเพิ่มของคนอื่น", "ปรับผิดคน")
    world.sheet(
        FEB,
        line(a, commitment=5_000),
        corrections=(
            savings.Correction(slip.id, reasons[0]),
            savings.Correction(fine.id, reasons[1]),
        ),
    )
    assert world.savings_of(0) == 10_000
    assert world.books().fines == 0
    assert world.books().balanced
    book = world.read(lambda c: savings.member_passbook(c, a.id, as_of=FEB))
    assert [(x.kind, x.amount, x.savings_after) for x in book.lines] == [
        ("commitment", 5_000, 5_000),
        ("voluntary", 3_000, 8_000),
        ("commitment", 5_000, 13_000),
        ("voluntary", -3_000, 10_000),
    ]
    assert reasons[0] in book.lines[-1].memo

    def transfer_of(condition: ColumnElement[bool]) -> ledger.Transfer:
        query = select(entries.c.transfer_id).where(condition)
        return world.read(lambda c: ledger.get_transfer(c, c.execute(query).scalar_one()))

    original = transfer_of(entries.c.id == slip.id)
    reversal = transfer_of(entries.c.corrects_entry_id == slip.id)
    assert reversal.reverses_id == original.id
    assert (reversal.debit_account_id, reversal.amount) == (a.savings_account_id, 3_000)
    again = savings.MeetingSheet(
        world.group.id, MAR, corrections=(savings.Correction(slip.id, "อีกครั้ง"),)
    )
    before = world.footprint()
    with pytest.raises(errors.CorrectionNotAllowed):
        world.post(again, "again")
    assert world.footprint() == before
    assert world.read(lambda c: savings.meeting_report(c, first.id)) == typed
    assert world.sound() == []


def test_a_missed_commitment_is_arrears_until_it_is_paid(world: World) -> None:
    a, b = world.members[:2]
    world.sheet(JAN, line(a, commitment=5_000), line(b, present=False))
    owed = world.read(lambda c: savings.commitment_arrears(c, world.group.id, JAN))
    assert owed[a.id] == 0
    assert owed[b.id] == 5_000
    world.sheet(FEB, line(a, commitment=5_000), line(b, commitment=10_000, fine=1_000))
    owed = world.read(lambda c: savings.commitment_arrears(c, world.group.id, FEB))
    assert (owed[a.id], owed[b.id]) == (0, 0)
    assert owed[world.members[2].id] == 10_000
