"""Loans: application, approval, disbursement in cash or coin, repayment, arrears aging,
restructuring and write-off (the named rejections: ``test_loan_refusals.py``)."""

from datetime import date, timedelta
from functools import partial

import pytest
from sqlalchemy import Connection

from tests.savings.helpers import ACTOR, World, line
from tests.savings.loan_helpers import FEB, JAN, apply, approve, world
from thungngoen import savings
from thungngoen.savings import errors
from thungngoen.wallet import book, people
from thungngoen.wallet.reserve import reserve_report

__all__ = ["world"]  # the fixture


def test_a_loan_from_application_to_repaid(world: World) -> None:
    loan = apply(world, 3, 300_000)
    assert loan.status == "applied"
    assert (loan.interest_method, loan.repayment_method, loan.interest_bp) == (
        "flat",
        "equal_instalments",
        100,
    )
    assert approve(world, loan, "chair").status == "applied"
    assert approve(world, loan, "secretary").status == "approved"
    world.sheet(FEB, disbursements=(savings.Disbursement(loan.id),))
    paid_out = world.get_loan(loan.id)
    assert (paid_out.status, paid_out.disbursed_on, paid_out.channel) == ("active", FEB, "cash")
    schedule = world.read(lambda c: savings.current_schedule(c, paid_out))
    assert schedule == savings.compute_schedule(loan.terms, FEB)
    assert [line.amount for line in schedule] == [103_000, 103_000, 103_000]
    assert (world.books().cash, world.books().loans) == (100_000, 300_000)
    for number, instalment in enumerate(schedule, start=1):
        world.sheet(
            instalment.due_on,
            line(world.members[3], repayments=(savings.Repayment(loan.id, instalment.amount),)),
        )
        view = world.read(partial(savings.loan_view, loan_id=loan.id, as_of=instalment.due_on))
        assert [entry.status for entry in view.schedule][:number] == ["paid"] * number
    assert world.get_loan(loan.id).status == "repaid"
    books = world.books()
    assert (books.cash, books.loans, books.interest) == (409_000, 0, 9_000)
    assert world.sound() == []


def test_a_repayment_pays_each_instalments_interest_before_its_principal(world: World) -> None:
    loan = world.loan(3, 300_000, 3, JAN)
    world.sheet(FEB, disbursements=(savings.Disbursement(loan.id),))
    world.sheet(
        date(2024, 3, 1),
        line(world.members[3], repayments=(savings.Repayment(loan.id, 2_000),)),
    )
    assert (world.books().interest, world.books().loans) == (2_000, 300_000)
    world.sheet(
        date(2024, 3, 5),
        line(world.members[3], repayments=(savings.Repayment(loan.id, 105_000),)),
    )
    # The first instalment's last 1,000 of interest and its 100,000 of principal, then
    # the second instalment's 3,000 of interest and 1,000 of its principal.
    assert (world.books().interest, world.books().loans) == (6_000, 199_000)
    with pytest.raises(errors.RepaymentOverBalance):  # 309,000 − 107,000 is left
        world.sheet(
            date(2024, 3, 6),
            line(world.members[3], repayments=(savings.Repayment(loan.id, 202_001),)),
        )
    world.sheet(
        date(2024, 3, 7),
        line(world.members[3], repayments=(savings.Repayment(loan.id, 202_000),)),
    )
    assert (world.books().interest, world.get_loan(loan.id).status) == (9_000, "repaid")


def test_a_loan_in_coin_arrives_in_the_members_wallet(world: World) -> None:
    def enrol(connection: Connection) -> tuple[people.Member, savings.SavingsMember]:
        book.ensure_system_accounts(connection)
        wallet = people.register_member(
            connection,
            phone="0891234567",
            name="มานี มีตา",
            password="manee-pass",
            tambon_code="900101",
        )
        member = savings.add_member(
            connection, world.group.id, wallet_member_id=wallet.id, joined_on=FEB, actor=ACTOR
        )
        return wallet, member

    wallet, member = world.write(enrol)
    assert member.name == "มานี มีตา"
    world.members.append(member)
    world.sheet(FEB, *(line(m, commitment=100_000) for m in world.members))
    loan = world.loan(4, 150_000, 3, FEB)
    world.sheet(date(2024, 2, 11), disbursements=(savings.Disbursement(loan.id, "coin"),))
    assert world.balance(wallet.account_id) == 150_000
    assert world.get_loan(loan.id).channel == "coin"
    assert world.read(reserve_report).balanced
    assert world.books().cash == 900_000 - 150_000
    assert world.sound() == []


def test_arrears_age_by_the_oldest_unpaid_instalment(world: World) -> None:
    loan = world.loan(3, 30_000, 3, JAN)
    world.sheet(FEB, disbursements=(savings.Disbursement(loan.id),))
    first_due = date(2024, 3, 10)

    def aging(day: date) -> tuple[int, str, int]:
        position = world.read(lambda c: savings.loan_positions(c, day, group_id=world.group.id))
        found = position[loan.id]
        return found.days_overdue, found.bucket, found.overdue

    assert aging(first_due) == (0, "current", 0)
    assert aging(first_due + timedelta(days=1)) == (1, "1-30", 10_300)
    assert aging(first_due + timedelta(days=30)) == (30, "1-30", 10_300)
    assert aging(first_due + timedelta(days=31)) == (31, "31-60", 10_300)
    assert aging(first_due + timedelta(days=61)) == (61, "61-90", 20_600)
    assert aging(first_due + timedelta(days=91)) == (91, "90+", 30_900)
    world.sheet(
        date(2024, 4, 15),
        line(world.members[3], repayments=(savings.Repayment(loan.id, 10_300),)),
    )
    assert aging(date(2024, 4, 15)) == (5, "1-30", 10_300)
    report = world.read(lambda c: savings.group_report(c, world.group.id, date(2024, 4, 15)))
    assert report.loans_by_bucket == {"1-30": 20_000}
    row = next(r for r in report.members if r.member.id == world.members[3].id)
    assert (row.loan_overdue, row.days_overdue, row.in_arrears) == (10_300, 5, True)


def test_restructuring_gives_a_new_schedule_for_what_is_owed(world: World) -> None:
    loan = world.loan(3, 30_000, 3, JAN)
    world.sheet(FEB, disbursements=(savings.Disbursement(loan.id),))
    world.sheet(
        date(2024, 3, 10),
        line(world.members[3], repayments=(savings.Repayment(loan.id, 10_300),)),
    )
    on = date(2024, 6, 1)
    changed = world.write(
        lambda c: savings.restructure_loan(
            c,
            loan.id,
            months=4,
            decided_on=on,
            officer_id=world.officers["treasurer"].id,
            reason="ตกงาน ขอผ่อนยาวขึ้น",
            actor=ACTOR,
        )
    )
    assert (changed.schedule_version, changed.schedule_principal, changed.months) == (2, 20_000, 4)
    schedule = world.read(lambda c: savings.current_schedule(c, changed))
    assert [(x.due_on, x.principal, x.interest) for x in schedule] == [
        (date(2024, 7, 1), 5_000, 200),
        (date(2024, 8, 1), 5_000, 200),
        (date(2024, 9, 1), 5_000, 200),
        (date(2024, 10, 1), 5_000, 200),
    ]
    position = world.read(lambda c: savings.loan_positions(c, on, loan_ids=(loan.id,)))[loan.id]
    assert (position.days_overdue, position.overdue, position.paid) == (0, 0, 0)
    world.sheet(
        date(2024, 7, 1),
        line(world.members[3], repayments=(savings.Repayment(loan.id, 5_200),)),
    )
    assert (world.books().interest, world.books().loans) == (500, 15_000)


def test_a_loan_is_written_off_only_past_90_days(world: World) -> None:
    loan = world.loan(3, 30_000, 3, JAN)
    world.sheet(FEB, disbursements=(savings.Disbursement(loan.id),))
    treasurer = world.officers["treasurer"].id

    def write_off(day: date) -> savings.Loan:
        return world.write(
            lambda c: savings.write_off_loan(
                c, loan.id, written_on=day, officer_id=treasurer, reason="ย้ายออก", actor=ACTOR
            )
        )

    before = world.footprint()
    with pytest.raises(errors.WriteOffTooEarly):
        write_off(date(2024, 6, 8))
    assert world.footprint() == before
    assert write_off(date(2024, 6, 9)).status == "written_off"
    books = world.books()
    assert (books.loans, books.expenses, books.profit) == (0, 30_000, -30_000)
    assert books.balanced
    with pytest.raises(errors.LoanNotActive):
        world.sheet(
            date(2024, 6, 10),
            line(world.members[3], repayments=(savings.Repayment(loan.id, 100),)),
        )
    assert world.sound() == []
