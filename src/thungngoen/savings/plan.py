"""From a meeting sheet to the moves that post it, in the order they post:

1. corrections that bring cash back (reversed withdrawals, expenses, grants);
2. the sheet's one linked batch: money in first (savings, welfare, fines, repayments:
   interest before principal), then money out (withdrawals, grants, expenses, loans);
3. corrections that take cash out (reversed deposits, fines, repayments).

Cash rises before it falls, so a sheet is refused only when the group truly lacks the
money. A repayment covers the loan's next instalments in order, each one's interest
before its principal (``LoanPosition.split``).
"""

from datetime import date

from sqlalchemy import Connection

from thungngoen.money import format_money
from thungngoen.savings.arrears import LoanPosition, loan_positions
from thungngoen.savings.corrections import plan_corrections
from thungngoen.savings.errors import (
    InvalidSheet,
    LoanNotActive,
    RepaymentOverBalance,
    UnknownSavingsMember,
    VoluntaryNotAllowed,
)
from thungngoen.savings.groups import Group
from thungngoen.savings.moves import Floors, Move, Plan
from thungngoen.savings.payouts import plan_disbursement
from thungngoen.savings.people import SavingsMember, list_members
from thungngoen.savings.regulation import Regulation
from thungngoen.savings.sheet import MeetingSheet, MemberLine


def build_plan(
    connection: Connection, group: Group, sheet: MeetingSheet, rules: Regulation
) -> tuple[Plan, Floors]:
    people = {member.id: member for member in list_members(connection, group.id)}
    plan = Plan()
    floors = Floors(group.cash_account_id, group.welfare_account_id)
    floors.savings = {member.savings_account_id for member in people.values()}
    repaid = tuple(r.loan_id for line in sheet.lines for r in line.repayments)
    positions = loan_positions(connection, sheet.held_on, group_id=group.id, loan_ids=repaid)
    for line in sheet.lines:
        member = _member(people, line.member_id, sheet.held_on, f"m{line.member_id}")
        if line.voluntary and not rules.voluntary_allowed:
            raise VoluntaryNotAllowed(
                "this group takes no voluntary savings", f"m{line.member_id}.voluntary"
            )
        _line_moves(plan, group, member, line)
        _repayments(plan, floors, group, member, line, positions)
    for grant_index, grant in enumerate(sheet.welfare_grants):
        member = _member(people, grant.member_id, sheet.held_on, f"grant{grant_index}")
        plan.batch_out.append(
            Move(
                "welfare_grant",
                group.welfare_account_id,
                group.cash_account_id,
                grant.amount,
                f"grant{grant_index}",
                member.id,
                note=grant.reason.strip(),
            )
        )
    for expense_index, expense in enumerate(sheet.expenses):
        plan.batch_out.append(
            Move(
                "expense",
                group.expenses_account_id,
                group.cash_account_id,
                expense.amount,
                f"expense{expense_index}",
                note=expense.memo.strip(),
            )
        )
    for disbursement in sheet.disbursements:
        plan_disbursement(connection, plan, floors, group, disbursement, sheet.held_on)
    plan_corrections(connection, plan, group, sheet.corrections)
    return plan, floors


def _member(
    people: dict[int, SavingsMember], member_id: int, held_on: date, where: str
) -> SavingsMember:
    member = people.get(member_id)
    if member is None:
        raise UnknownSavingsMember(f"member {member_id} is not in this group")
    if member.joined_on > held_on:
        raise InvalidSheet(f"{member.name} joined after this meeting", where)
    return member


def _line_moves(plan: Plan, group: Group, member: SavingsMember, line: MemberLine) -> None:
    cash = group.cash_account_id
    where = f"m{member.id}"
    money_in = (
        ("commitment", member.savings_account_id, line.commitment),
        ("voluntary", member.savings_account_id, line.voluntary),
        ("welfare_contribution", group.welfare_account_id, line.welfare),
        ("fine", group.fines_account_id, line.fine),
    )
    for kind, account, amount in money_in:
        if amount:
            field_name = f"{where}.welfare" if kind == "welfare_contribution" else f"{where}.{kind}"
            plan.batch_in.append(Move(kind, cash, account, amount, field_name, member.id))
    if line.withdrawal:
        plan.batch_out.append(
            Move(
                "withdrawal",
                member.savings_account_id,
                cash,
                line.withdrawal,
                f"{where}.withdrawal",
                member.id,
            )
        )


def _repayments(
    plan: Plan,
    floors: Floors,
    group: Group,
    member: SavingsMember,
    line: MemberLine,
    positions: dict[int, LoanPosition],
) -> None:
    for repayment in line.repayments:
        where = f"m{member.id}.repay.{repayment.loan_id}"
        position = positions.get(repayment.loan_id)
        if position is None or position.loan.member_id != member.id:
            raise LoanNotActive(
                f"loan {repayment.loan_id} is not an active loan of {member.name}", where
            )
        account = position.loan.account_id
        assert account is not None
        floors.loans.add(account)
        interest, principal = position.split(repayment.amount)
        if repayment.amount > position.remaining or principal > position.outstanding:
            most = format_money(position.remaining, "THB")
            raise RepaymentOverBalance(f"at most {most} is owed on this loan", where)
        cash = group.cash_account_id
        loan_id = repayment.loan_id
        if interest:
            plan.batch_in.append(
                Move(
                    "repayment_interest",
                    cash,
                    group.interest_account_id,
                    interest,
                    where,
                    member.id,
                    loan_id,
                )
            )
        if principal:
            plan.batch_in.append(
                Move("repayment_principal", cash, account, principal, where, member.id, loan_id)
            )
