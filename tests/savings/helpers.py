"""A savings group to test with: members, officers and a way to post sheets."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, func, select

from thungngoen import savings
from thungngoen.audit.tables import audit_log
from thungngoen.checks import run_checks
from thungngoen.db import read_transaction, write_transaction
from thungngoen.ledger.tables import transfers
from thungngoen.savings.tables import entries, loans, meetings

T = TypeVar("T")
FOUNDED = date(2024, 1, 1)
ACTOR = "test"


@dataclass
class World:
    engine: Engine
    group: savings.Group
    members: list[savings.SavingsMember]
    officers: dict[str, savings.Officer]
    keys: int = field(default=0)

    def write(self, work: Callable[[Connection], T]) -> T:
        return write_transaction(self.engine, work)

    def read(self, work: Callable[[Connection], T]) -> T:
        with read_transaction(self.engine) as connection:
            return work(connection)

    def sheet(self, held_on: date, *lines: savings.MemberLine, **more: Any) -> savings.Meeting:
        self.keys += 1
        sheet = savings.MeetingSheet(self.group.id, held_on, tuple(lines), **more)
        return self.post(sheet, f"sheet-{self.keys}")

    def post(self, sheet: savings.MeetingSheet, key: str) -> savings.Meeting:
        return self.write(
            lambda c: savings.post_meeting(c, sheet, idempotency_key=key, actor=ACTOR)
        )

    def books(self) -> savings.Books:
        return self.read(lambda c: savings.group_books(c, self.group.code))

    def balance(self, account_id: int) -> int:
        from thungngoen import ledger

        return self.read(lambda c: ledger.balance(c, account_id))

    def savings_of(self, index: int) -> int:
        return self.balance(self.members[index].savings_account_id)

    def loan(self, index: int, principal: int, months: int, on: date) -> savings.Loan:
        """Apply for member ``index`` and have the chair and the secretary approve."""
        member = self.members[index]

        def work(connection: Connection) -> savings.Loan:
            loan = savings.apply_for_loan(
                connection,
                self.group.id,
                member_id=member.id,
                principal=principal,
                months=months,
                purpose="ทุนค้าขาย",
                applied_on=on,
                actor=ACTOR,
            )
            for office in ("chair", "secretary"):
                loan = savings.approve_loan(
                    connection,
                    loan.id,
                    officer_id=self.officers[office].id,
                    decided_on=on,
                    actor=ACTOR,
                )
            return loan

        return self.write(work)

    def get_loan(self, loan_id: int) -> savings.Loan:
        return self.read(lambda c: savings.get_loan(c, loan_id))

    def footprint(self) -> tuple[int, ...]:
        """Counts of every row a rejected operation must not write."""

        def count(connection: Connection) -> tuple[int, ...]:
            return tuple(
                connection.execute(select(func.count()).select_from(table)).scalar_one()
                for table in (transfers, entries, meetings, loans, audit_log)
            )

        return self.read(count)

    def sound(self) -> list[str]:
        """The names of failed ``verify`` checks (empty when all hold)."""
        return self.read(lambda c: [r.name for r in run_checks(c) if not r.ok])


def make_world(
    engine: Engine,
    regulation: savings.Regulation | None = None,
    size: int = 4,
    enterprise: str | None = None,
) -> World:
    """A group of ``size`` members (chair, treasurer, secretary, collector first), funding
    the community enterprise with code ``enterprise`` (created here) if one is named."""

    def work(connection: Connection) -> World:
        if enterprise is not None:
            savings.create_enterprise(
                connection,
                code=enterprise,
                name="วิสาหกิจกลุ่มคนจนเมืองบ่อยางสงขลา",
                tambon_code="900101",
                actor=ACTOR,
            )
        group = savings.create_group(
            connection,
            code="laem-son-on",
            name="กลุ่มสัจจะออมทรัพย์ชุมชนแหลมสนอ่อน",
            tambon_code="900101",
            community="ชุมชนแหลมสนอ่อน",
            founded_on=FOUNDED,
            regulation=regulation or savings.Regulation(),
            enterprise_code=enterprise,
            actor=ACTOR,
        )
        people = [
            savings.add_member(connection, group.id, name=name, joined_on=FOUNDED, actor=ACTOR)
            for name in ("มาลี ใจดี", "สมชาย ทองคำ", "อำไพ ศรีสุข", "ฮาซัน หมัดหลี", "นภา ชูช่วย")[:size]
        ]
        officers = {
            office: savings.appoint_officer(
                connection,
                group.id,
                member_id=person.id,
                office=office,
                appointed_on=FOUNDED,
                actor=ACTOR,
            )
            for office, person in zip(
                ("chair", "treasurer", "secretary", "collector"), people, strict=False
            )
        }
        return World(engine, group, people, officers)

    return write_transaction(engine, work)


def line(member: savings.SavingsMember, **amounts: Any) -> savings.MemberLine:
    return savings.MemberLine(member.id, **amounts)
