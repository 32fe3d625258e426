"""The year-end share-out on a worked example, and the division rule's edge cases."""

from datetime import date

import pytest
from sqlalchemy import Engine

from tests.savings.helpers import ACTOR, World, line, make_world
from thungngoen import savings
from thungngoen.ledger.errors import IdempotencyConflict
from thungngoen.savings import errors
from thungngoen.savings.division import allocate, split_dividend

RULES = savings.Regulation(
    commitment=10_000,
    interest_bp=300,
    enterprise_basis="deposits",
    enterprise_bp=100,
    dividend_bp=6_000,
    welfare_bp=2_000,
    reserve_bp=2_000,
)
YEAR_END = date(2024, 5, 31)


@pytest.fixture
def year(engine: Engine) -> tuple[World, savings.Enterprise]:
    """Five monthly meetings of members A, B, C, D (100 baht a month each):
    - January: everyone saves 100 baht; D borrows 300 baht over 3 months, flat 3%.
    - February: everyone saves 100, C also 200 voluntary; D's loan is paid out; the
      group buys stationery for 10 baht.
    - March to May: everyone saves 100; D repays 109 baht a month (100 + 9 interest);
      in March B pays a 20 baht fine.
    """
    world = make_world(engine, RULES, enterprise="boyang-urban-poor")
    enterprise = world.read(lambda c: savings.get_enterprise(c, "boyang-urban-poor"))
    a, b, c, d = world.members
    world.sheet(date(2024, 1, 10), *(line(m, commitment=10_000) for m in world.members))
    loan = world.loan(3, 30_000, 3, date(2024, 1, 10))
    world.sheet(
        date(2024, 2, 10),
        line(a, commitment=10_000),
        line(b, commitment=10_000),
        line(c, commitment=10_000, voluntary=20_000),
        line(d, commitment=10_000),
        disbursements=(savings.Disbursement(loan.id),),
        expenses=(savings.Expense(1_000, "ค่าเครื่องเขียน"),),
    )
    for month in (3, 4, 5):
        world.sheet(
            date(2024, month, 10),
            line(a, commitment=10_000),
            line(b, commitment=10_000, fine=2_000 if month == 3 else 0),
            line(c, commitment=10_000),
            line(d, commitment=10_000, repayments=(savings.Repayment(loan.id, 10_900),)),
        )
    return world, enterprise


def test_the_worked_example(year: tuple[World, savings.Enterprise]) -> None:
    """Profit = interest 27.00 + fines 20.00 − expenses 10.00 = 37.00 baht.
    Deposits = 4 × 5 × 100 + 200 = 2,200.00 baht; the enterprise gets 1% = 22.00 baht,
    paid from the profit. The 15.00 baht left: dividend 60% = 9.00, welfare 20% = 3.00,
    reserve 20% = 3.00.
    Savings-months (balance after each of the five meetings, summed):
    A, B, D: 100 + 200 + 300 + 400 + 500 = 1,500; C: 100 + 400 + 500 + 600 + 700 = 2,300;
    total 6,800. Dividend 900 satang × 1,500 / 6,800 = 198.53 → 198 for A, B and D and
    900 × 2,300 / 6,800 = 304.41 → 304 for C: 894 + 304 = 898; the two satang left go to
    the largest remainders (0.53 for A, B, D: the lowest numbers, A and B).
    """
    world, enterprise = year
    preview = world.read(lambda c: savings.preview_shareout(c, world.group.id, YEAR_END))
    assert (preview.interest, preview.fines, preview.expenses, preview.profit) == (
        2_700,
        2_000,
        1_000,
        3_700,
    )
    assert (preview.deposits, preview.enterprise_target, preview.enterprise) == (
        220_000,
        2_200,
        2_200,
    )
    assert (preview.dividend, preview.welfare, preview.reserve) == (900, 300, 300)
    assert [(x.savings_months, x.dividend) for x in preview.dividends] == [
        (150_000, 199),
        (150_000, 199),
        (230_000, 304),
        (150_000, 198),
    ]
    before = [world.savings_of(index) for index in range(4)]
    record = world.write(
        lambda c: savings.post_shareout(
            c, world.group.id, held_on=YEAR_END, idempotency_key="2024", actor=ACTOR
        )
    )
    assert (record.profit, record.enterprise, record.dividend) == (3_700, 2_200, 900)
    after = [world.savings_of(index) for index in range(4)]
    assert [x - y for x, y in zip(after, before, strict=True)] == [199, 199, 304, 198]
    books = world.books()
    assert (books.savings, books.welfare, books.reserve, books.profit, books.loans) == (
        220_900,
        300,
        300,
        0,
        0,
    )
    assert books.cash == 221_500
    assert books.balanced
    assert world.balance(enterprise.cash_account_id) == 2_200
    assert world.balance(enterprise.capital_account_id) == 2_200
    book = world.read(lambda c: savings.member_passbook(c, world.members[2].id, as_of=YEAR_END))
    assert (book.lines[-1].kind, book.lines[-1].amount, book.lines[-1].savings_after) == (
        "dividend",
        304,
        70_304,
    )
    assert world.sound() == []


def test_a_second_year_takes_the_reserve_when_the_profit_falls_short(
    year: tuple[World, savings.Enterprise],
) -> None:
    """June: 400 baht deposited and a 1 baht fine. The enterprise's 1% of deposits is
    4.00 baht: 1.00 from the profit and 3.00 from the reserve (all of it). Nothing is left
    to divide; the welfare fund keeps its 3.00 baht: it is never shared out."""
    world, enterprise = year
    world.write(
        lambda c: savings.post_shareout(
            c, world.group.id, held_on=YEAR_END, idempotency_key="2024", actor=ACTOR
        )
    )
    a = world.members[0]
    world.sheet(
        date(2024, 6, 10),
        line(a, commitment=10_000, fine=100),
        *(line(m, commitment=10_000) for m in world.members[1:]),
    )
    year_end = date(2024, 6, 30)
    preview = world.read(lambda c: savings.preview_shareout(c, world.group.id, year_end))
    assert (preview.since, preview.profit, preview.deposits) == (YEAR_END, 100, 40_000)
    assert (preview.enterprise, preview.enterprise_from_reserve, preview.dividend) == (400, 300, 0)
    world.write(
        lambda c: savings.post_shareout(
            c, world.group.id, held_on=year_end, idempotency_key="2024-b", actor=ACTOR
        )
    )
    books = world.books()
    assert (books.welfare, books.reserve, books.profit) == (300, 0, 0)
    assert world.balance(enterprise.cash_account_id) == 2_600
    assert books.balanced


def test_a_share_out_posts_once_and_in_order(year: tuple[World, savings.Enterprise]) -> None:
    world, _ = year

    def post(day: date, key: str) -> savings.ShareOutRecord:
        return world.write(
            lambda c: savings.post_shareout(
                c, world.group.id, held_on=day, idempotency_key=key, actor=ACTOR
            )
        )

    before = world.footprint()
    with pytest.raises(errors.ShareOutOutOfOrder):
        post(date(2024, 5, 9), "early")
    assert world.footprint() == before
    first = post(YEAR_END, "2024")
    after = world.footprint()
    assert post(YEAR_END, "2024") == first
    assert world.footprint() == after
    with pytest.raises(IdempotencyConflict):
        post(date(2024, 6, 1), "2024")
    with pytest.raises(errors.ShareOutOutOfOrder):
        post(YEAR_END, "again")
    with pytest.raises(errors.MeetingOutOfOrder):
        world.sheet(YEAR_END)


def test_the_division_rule() -> None:
    """A loss goes to the reserve; a group without an enterprise gives nothing; the
    profit basis takes its share of the profit first."""
    rules = savings.Regulation(enterprise_basis="profit", enterprise_bp=1_000)
    assert allocate(-500, 10_000, 1_000, rules, True).reserve == -500
    assert allocate(10_000, 50_000, 0, RULES, False).enterprise == 0
    by_profit = allocate(10_000, 50_000, 0, rules, True)
    assert (by_profit.enterprise, by_profit.dividend, by_profit.welfare, by_profit.reserve) == (
        1_000,
        5_400,
        1_800,
        1_800,
    )
    assert split_dividend(10, [(1, 1), (2, 1), (3, 1)]) == {1: 4, 2: 3, 3: 3}
    assert split_dividend(10, [(1, 0)]) == {}


def test_the_welfare_fund_is_never_shared_out(engine: Engine) -> None:
    """40 baht of welfare contributions and a 10 baht fine: the fine is the profit, of
    which 6.00 baht go to the members and 2.00 baht to the welfare fund, which keeps the
    40 baht it had."""
    world = make_world(engine, savings.Regulation(commitment=5_000, welfare_monthly=1_000))
    a, *others = world.members
    world.sheet(
        date(2024, 1, 10),
        line(a, commitment=5_000, welfare=1_000, fine=1_000),
        *(line(m, commitment=5_000, welfare=1_000) for m in others),
    )
    world.write(
        lambda c: savings.post_shareout(
            c, world.group.id, held_on=date(2024, 1, 31), idempotency_key="y", actor=ACTOR
        )
    )
    books = world.books()
    assert (books.welfare, books.reserve, books.savings) == (4_200, 200, 20_600)
    assert books.balanced
