"""How far a loan application has come: the approvals the group's regulation needs, the
officers who gave theirs, and the officers who may still give one (issue 13)."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, select

from thungngoen.savings.loan_values import Loan
from thungngoen.savings.loans import APPROVING_OFFICES
from thungngoen.savings.people import active_officers, get_member
from thungngoen.savings.regulation import regulation_on
from thungngoen.savings.tables import loan_approvals, officers


@dataclass(frozen=True, slots=True)
class Approver:
    officer_id: int
    member_id: int
    name: str
    office: str


@dataclass(frozen=True, slots=True)
class Approvals:
    needed: int
    """The regulation's number, in effect on the day the loan was decided (else ``on``)."""
    given: tuple[Approver, ...]
    may_approve: tuple[Approver, ...]
    """While the loan waits: the chair, treasurer or secretary who is not the borrower
    and has not decided it yet; empty once it is decided."""

    @property
    def count(self) -> int:
        return len(self.given)

    @property
    def missing(self) -> int:
        return max(0, self.needed - self.count)


def approvals_of(connection: Connection, loan: Loan, on: date) -> Approvals:
    needed = regulation_on(connection, loan.group_id, loan.decided_on or on).approvals_required
    query = (
        select(
            loan_approvals.c.officer_id,
            loan_approvals.c.approved,
            officers.c.member_id,
            officers.c.office,
        )
        .join(officers, officers.c.id == loan_approvals.c.officer_id)
        .where(loan_approvals.c.loan_id == loan.id)
        .order_by(loan_approvals.c.decided_on, loan_approvals.c.officer_id)
    )
    rows = list(connection.execute(query))
    given = tuple(
        _approver(connection, row.officer_id, row.member_id, row.office)
        for row in rows
        if row.approved
    )
    decided = {row.member_id for row in rows} | {loan.member_id}
    waiting: list[Approver] = []
    for seat in active_officers(connection, loan.group_id) if loan.status == "applied" else []:
        if seat.office in APPROVING_OFFICES and seat.member_id not in decided:
            decided.add(seat.member_id)
            waiting.append(_approver(connection, seat.id, seat.member_id, seat.office))
    return Approvals(needed, given, tuple(waiting))


def _approver(connection: Connection, officer_id: int, member_id: int, office: str) -> Approver:
    return Approver(officer_id, member_id, get_member(connection, member_id).name, office)
