"""Loans refused by name: over the savings multiple, to a member behind, by an officer
who may not decide, and when the group is short of cash."""

from datetime import date
from functools import partial

import pytest

from tests.savings.helpers import ACTOR, World, line
from tests.savings.loan_helpers import FEB, JAN, apply, approve, world
from thungngoen import savings
from thungngoen.savings import errors

__all__ = ["world"]  # the fixture


def test_refused_over_the_savings_multiple(world: World) -> None:
    """1,000 baht saved, three times that at most, loans waiting included."""
    before = world.footprint()
    with pytest.raises(errors.OverSavingsMultiple):
        apply(world, 3, 300_001)
    assert world.footprint() == before
    apply(world, 3, 200_000)
    with pytest.raises(errors.OverSavingsMultiple):
        apply(world, 3, 100_001)


def test_refused_to_a_member_behind_on_the_commitment(world: World) -> None:
    world.sheet(FEB, *(line(m, commitment=100_000) for m in world.members[:3]))
    before = world.footprint()
    with pytest.raises(errors.MemberInArrears):
        apply(world, 3, 10_000, FEB)
    assert world.footprint() == before


def test_refused_to_a_member_behind_on_a_loan(world: World) -> None:
    loan = world.loan(3, 30_000, 3, JAN)
    world.sheet(
        FEB,
        *(line(m, commitment=100_000) for m in world.members),
        disbursements=(savings.Disbursement(loan.id),),
    )
    late = date(2024, 3, 11)
    with pytest.raises(errors.MemberInArrears):
        apply(world, 3, 10_000, late)
    assert apply(world, 3, 10_000, date(2024, 3, 10)).status == "applied"


def test_only_other_officers_who_may_decideapprove(world: World) -> None:
    loan = apply(world, 0, 10_000)  # the chair's own loan
    for office in ("chair", "collector"):
        decide = partial(
            savings.approve_loan,
            loan_id=loan.id,
            officer_id=world.officers[office].id,
            decided_on=JAN,
            actor=ACTOR,
        )
        with pytest.raises(errors.NotAnApprover):
            world.write(decide)
    approve(world, loan, "treasurer")
    with pytest.raises(errors.LoanAlreadyDecided):
        approve(world, loan, "treasurer")
    refused = world.write(
        lambda c: savings.reject_loan(
            c,
            loan.id,
            officer_id=world.officers["secretary"].id,
            reason="ยังผ่อนรถอยู่",
            decided_on=JAN,
            actor=ACTOR,
        )
    )
    assert (refused.status, refused.note) == ("rejected", "ยังผ่อนรถอยู่")
    with pytest.raises(errors.LoanNotDisbursable):
        world.sheet(FEB, disbursements=(savings.Disbursement(loan.id),))


def test_refused_when_the_group_is_short_of_cash(world: World) -> None:
    first = world.loan(3, 300_000, 3, JAN)
    second = world.loan(1, 200_000, 3, JAN)
    before = world.footprint()
    with pytest.raises(errors.GroupCashShort) as raised:
        world.sheet(
            FEB,
            disbursements=(savings.Disbursement(first.id), savings.Disbursement(second.id)),
        )
    assert raised.value.field == f"loan{second.id}"
    assert world.footprint() == before
    assert world.get_loan(first.id).status == "approved"
