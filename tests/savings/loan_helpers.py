"""What the loan tests share: a group where everyone has saved 1,000 baht, and a member
applying for a loan and an officer approving it."""

from datetime import date

import pytest
from sqlalchemy import Engine

from tests.savings.helpers import ACTOR, World, line, make_world
from thungngoen import savings

JAN, FEB = date(2024, 1, 10), date(2024, 2, 10)


@pytest.fixture
def world(engine: Engine) -> World:
    """Everyone saves 1,000 baht in January: the group holds 4,000 baht."""
    world = make_world(engine, savings.Regulation(commitment=100_000, interest_bp=100))
    world.sheet(JAN, *(line(m, commitment=100_000) for m in world.members))
    return world


def apply(world: World, index: int, principal: int, on: date = JAN) -> savings.Loan:
    member_id = world.members[index].id
    return world.write(
        lambda c: savings.apply_for_loan(
            c,
            world.group.id,
            member_id=member_id,
            principal=principal,
            months=3,
            purpose="ซื้อรถเข็นขายของ",
            applied_on=on,
            actor=ACTOR,
        )
    )


def approve(world: World, loan: savings.Loan, office: str) -> savings.Loan:
    officer_id = world.officers[office].id
    return world.write(
        lambda c: savings.approve_loan(
            c, loan.id, officer_id=officer_id, decided_on=JAN, actor=ACTOR
        )
    )
