"""Whatever sheets the treasurer enters, the group's books balance.

A Hypothesis state machine posts random meeting sheets (savings, welfare, fines,
withdrawals, repayments, loans paid out, expenses, grants, corrections of random
entries), loan applications and share-outs, rejected or not; after every step
cash = savings + welfare + reserve + profit − loans outstanding, every passbook matches
the ledger, and every other invariant of ``thungngoen verify`` holds.
"""

from collections import Counter
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any, ClassVar

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import Connection, select

from tests import databases
from tests.savings.helpers import ACTOR, FOUNDED, World, line, make_world
from thungngoen import savings
from thungngoen.checks import run_checks
from thungngoen.db import create_db_engine
from thungngoen.errors import DomainError
from thungngoen.savings.corrections import CORRECTABLE
from thungngoen.savings.tables import entries

amounts = st.integers(min_value=0, max_value=20_000)
RULES = savings.Regulation(commitment=5_000, welfare_monthly=500, approvals_required=2)


class BooksMachine(RuleBasedStateMachine):
    url = ""
    template = Path()
    tally: ClassVar[Counter[str]] = Counter()
    """What was posted (not rejected) over all examples: the test is not vacuous."""

    def __init__(self) -> None:
        super().__init__()
        engine = create_db_engine(databases.reset_database(self.url, self.template))
        self.world: World = make_world(engine, RULES, size=5, enterprise="boyang")
        self.day = FOUNDED + timedelta(days=9)
        self.keys = 0
        # Everyone has saved 200 baht and member 5 has a loan approved, ready to pay out.
        self.world.sheet(self.day, *(line(m, commitment=20_000) for m in self.world.members))
        self.world.loan(4, 30_000, 3, self.day)

    def attempt(self, what: str, work: Callable[[Connection], Any]) -> None:
        try:
            self.world.write(work)
        except DomainError:
            return
        self.tally[what] += 1

    def _loans(self, status: str) -> list[savings.Loan]:
        group_id = self.world.group.id
        return self.world.read(lambda c: savings.list_loans(c, group_id, statuses=(status,)))

    def _line(self, data: st.DataObject, member: savings.SavingsMember) -> savings.MemberLine:
        mine = [loan for loan in self._loans("active") if loan.member_id == member.id]
        repaid = data.draw(st.lists(st.sampled_from(mine), unique=True)) if mine else []
        return savings.MemberLine(
            member.id,
            present=data.draw(st.booleans()),
            commitment=data.draw(st.sampled_from((5_000,) * 4 + (10_000, 0, 1))),
            voluntary=data.draw(amounts),
            welfare=data.draw(st.sampled_from((0, 500))),
            fine=data.draw(st.sampled_from((0, 1_000))),
            withdrawal=data.draw(st.sampled_from((0,) * 10 + (1_000, 20_000))),
            repayments=tuple(
                savings.Repayment(loan.id, data.draw(st.integers(1, loan.principal + 500)))
                for loan in repaid
            ),
        )

    @rule(data=st.data(), gap=st.integers(1, 40))
    def meeting(self, data: st.DataObject, gap: int) -> None:
        self.day += timedelta(days=gap)
        world = self.world
        chosen = [m for m in world.members if data.draw(st.integers(0, 5), label="skip")]
        approved = self._loans("approved")
        paid_out = data.draw(st.lists(st.sampled_from(approved), unique=True)) if approved else []
        group_id = world.group.id
        entry_ids = world.read(
            lambda c: list(
                c.execute(
                    select(entries.c.id).where(
                        entries.c.group_id == group_id, entries.c.kind.in_(CORRECTABLE)
                    )
                ).scalars()
            )
        )
        corrected = (
            data.draw(st.lists(st.sampled_from(entry_ids), max_size=2, unique=True))
            if entry_ids
            else []
        )
        sheet = savings.MeetingSheet(
            group_id,
            self.day,
            tuple(self._line(data, member) for member in chosen),
            disbursements=tuple(savings.Disbursement(loan.id) for loan in paid_out),
            expenses=tuple(
                savings.Expense(amount, "ค่าใช้จ่าย")
                for amount in data.draw(st.lists(st.integers(1, 10_000), max_size=1))
            ),
            welfare_grants=tuple(
                savings.WelfareGrant(world.members[0].id, amount, "เยี่ยมไข้")
                for amount in data.draw(st.lists(st.integers(1, 3_000), max_size=1))
            ),
            corrections=tuple(savings.Correction(entry_id, "แก้ไข") for entry_id in corrected),
        )
        self.keys += 1
        key = f"sheet-{self.keys}"
        self.attempt(
            "meeting", lambda c: savings.post_meeting(c, sheet, idempotency_key=key, actor=ACTOR)
        )

    @rule(borrower=st.integers(0, 4), percent=st.integers(1, 110), months=st.integers(1, 6))
    def borrow(self, borrower: int, percent: int, months: int) -> None:
        """A loan of ``percent`` of what the member's savings allow (over 100: refused)."""
        world = self.world
        member = world.members[borrower]
        principal = max(300, world.balance(member.savings_account_id) * 3 * percent // 100)
        deciders = [
            officer
            for office, officer in world.officers.items()
            if office != "collector" and officer.member_id != member.id
        ][:2]

        def work(connection: Connection) -> None:
            loan = savings.apply_for_loan(
                connection,
                world.group.id,
                member_id=member.id,
                principal=principal,
                months=months,
                purpose="ทุน",
                applied_on=self.day,
                actor=ACTOR,
            )
            for officer in deciders:
                savings.approve_loan(
                    connection, loan.id, officer_id=officer.id, decided_on=self.day, actor=ACTOR
                )

        self.attempt("loan", work)

    @rule(gap=st.integers(0, 10))
    def share_out(self, gap: int) -> None:
        self.day += timedelta(days=gap)
        self.keys += 1
        key, day, group_id = f"year-{self.keys}", self.day, self.world.group.id
        self.attempt(
            "share-out",
            lambda c: savings.post_shareout(
                c, group_id, held_on=day, idempotency_key=key, actor=ACTOR
            ),
        )

    @invariant()
    def books_balance(self) -> None:
        books = self.world.books()
        assert books.cash == (
            books.savings + books.welfare + books.reserve + books.profit - books.loans
        ), books
        assert self.world.read(lambda c: [r.name for r in run_checks(c) if not r.ok]) == []


def test_random_sheets_keep_the_books_balanced(database_url: str, sqlite_template: Path) -> None:
    tally: Counter[str] = Counter()
    machine = type(
        "Machine",
        (BooksMachine,),
        {"url": database_url, "template": sqlite_template, "tally": tally},
    )
    examples = 15 if database_url.startswith("sqlite") else 8
    run_state_machine_as_test(
        machine, settings=settings(max_examples=examples, stateful_step_count=20, deadline=None)
    )
    assert min(tally["meeting"], tally["loan"], tally["share-out"]) > 0, tally
