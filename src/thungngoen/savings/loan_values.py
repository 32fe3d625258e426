"""The ``Loan`` value and reading loans and their schedules."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from thungngoen.savings.errors import UnknownLoan
from thungngoen.savings.schedule import Instalment, LoanTerms
from thungngoen.savings.tables import instalments, loans


@dataclass(frozen=True, slots=True)
class Loan:
    id: int
    group_id: int
    member_id: int
    principal: int
    months: int
    interest_bp: int
    interest_method: str
    repayment_method: str
    purpose: str
    status: str
    applied_on: date
    decided_on: date | None
    disbursed_on: date | None
    channel: str | None
    account_id: int | None
    """The loan's ledger account, opened when it is paid out."""
    schedule_version: int
    """0 before disbursement, 1 for the first schedule, +1 for each restructuring."""
    schedule_principal: int
    """The principal the current schedule repays."""
    interest_paid_before: int
    """Interest paid before the current schedule began."""
    note: str

    @property
    def terms(self) -> LoanTerms:
        return LoanTerms(
            self.principal,
            self.months,
            self.interest_bp,
            self.interest_method,
            self.repayment_method,
        )


def loan_from_row(row: Any) -> Loan:
    return Loan(**{key: row._mapping[key] for key in Loan.__slots__})


def get_loan(connection: Connection, loan_id: int) -> Loan:
    row = connection.execute(select(loans).where(loans.c.id == loan_id)).first()
    if row is None:
        raise UnknownLoan(f"loan {loan_id} does not exist")
    return loan_from_row(row)


def group_loan(connection: Connection, group_id: int, loan_id: int) -> Loan:
    loan = get_loan(connection, loan_id)
    if loan.group_id != group_id:
        raise UnknownLoan(f"loan {loan_id} is not a loan of group {group_id}")
    return loan


def list_loans(
    connection: Connection,
    group_id: int,
    *,
    statuses: tuple[str, ...] = (),
    member_id: int | None = None,
) -> list[Loan]:
    query = select(loans).where(loans.c.group_id == group_id).order_by(loans.c.id)
    if statuses:
        query = query.where(loans.c.status.in_(statuses))
    if member_id is not None:
        query = query.where(loans.c.member_id == member_id)
    return [loan_from_row(row) for row in connection.execute(query)]


def current_schedule(connection: Connection, loan: Loan) -> list[Instalment]:
    query = (
        select(instalments)
        .where(instalments.c.loan_id == loan.id, instalments.c.version == loan.schedule_version)
        .order_by(instalments.c.number)
    )
    return [
        Instalment(row.number, row.due_on, row.principal, row.interest)
        for row in connection.execute(query)
    ]
