"""A savings group whose borrower and saver have wallet logins (the officers are elders
without one), a loan of 3,000 baht over three months paid out on 10 February 2024
(instalments of 1,030 baht due 10 March, 10 April, 10 May) and a clock in Thai time."""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import Connection, Engine, select

from tests.savings.helpers import ACTOR, World, line, make_world
from thungngoen import communication, notify, savings
from thungngoen.db import read_transaction
from thungngoen.notify.tables import notifications
from thungngoen.thai import THAI_TIME
from thungngoen.wallet import book, people

JAN, FEB = date(2024, 1, 10), date(2024, 2, 10)
FIRST_DUE = date(2024, 3, 10)
INSTALMENT = 103_000


def thai(day: date, hour: int, minute: int = 0) -> datetime:
    """A moment given in Thai time, as the UTC the worker's clock reads."""
    return datetime.combine(day, time(hour, minute), THAI_TIME).astimezone(UTC)


@dataclass
class Group:
    world: World
    borrower: savings.SavingsMember
    saver: savings.SavingsMember
    users: dict[str, int]
    loan: savings.Loan

    def run(self, job: notify.Scheduled, now: datetime) -> int:
        return communication.run_scheduled(self.world.engine, [job], now)

    def told(self, kind: str) -> list[tuple[int, dict[str, object]]]:
        with read_transaction(self.world.engine) as connection:
            rows = connection.execute(
                select(notifications.c.user_id, notifications.c.data)
                .where(notifications.c.kind == kind)
                .order_by(notifications.c.id)
            ).all()
        return [(row.user_id, dict(row.data)) for row in rows]

    def repay(self, on: date, amount: int) -> None:
        repayment = savings.Repayment(self.loan.id, amount)
        self.world.sheet(on, line(self.borrower, repayments=(repayment,)))


def _wallet_members(world: World) -> tuple[savings.SavingsMember, ...]:
    def work(connection: Connection) -> tuple[savings.SavingsMember, ...]:
        book.ensure_system_accounts(connection)
        joined = []
        for phone, name in (("0870000201", "บุญมี กู้ยืม"), ("0870000202", "ออมสิน เก็บดี")):
            wallet = people.register_member(
                connection, phone=phone, name=name, password="member-pass", tambon_code="900101"
            )
            joined.append(
                savings.add_member(
                    connection,
                    world.group.id,
                    wallet_member_id=wallet.id,
                    joined_on=JAN,
                    actor=ACTOR,
                )
            )
        return tuple(joined)

    return world.write(work)


@pytest.fixture
def group(engine: Engine) -> Group:
    world = make_world(engine, savings.Regulation(commitment=100_000, interest_bp=100))
    borrower, saver = _wallet_members(world)
    world.members += [borrower, saver]
    world.sheet(JAN, *(line(m, commitment=100_000) for m in world.members))
    loan = world.loan(len(world.members) - 2, 300_000, 3, JAN)
    world.sheet(FEB, disbursements=(savings.Disbursement(loan.id),))

    def user_of(member: savings.SavingsMember) -> int:
        assert member.wallet_member_id is not None
        with read_transaction(engine) as connection:
            return people.get_member(connection, member.wallet_member_id).user_id

    users = {"borrower": user_of(borrower), "saver": user_of(saver)}
    return Group(world, borrower, saver, users, world.get_loan(loan.id))


def days(n: int) -> timedelta:
    return timedelta(days=n)
