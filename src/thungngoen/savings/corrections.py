"""Correcting an earlier meeting on a later sheet: the entry's transfer is reversed on the
ledger with the reason as its memo. An entry is corrected once; a correction, a loan paid
out, a dividend or a write-off is not corrected on a sheet (a loan paid out by mistake is
repaid)."""

from sqlalchemy import Connection, select

from thungngoen import ledger
from thungngoen.savings.errors import CorrectionNotAllowed
from thungngoen.savings.groups import Group
from thungngoen.savings.loan_values import group_loan
from thungngoen.savings.moves import Move, Plan
from thungngoen.savings.sheet import Correction
from thungngoen.savings.tables import entries

CORRECTABLE = frozenset(
    {
        "commitment",
        "voluntary",
        "welfare_contribution",
        "fine",
        "repayment_principal",
        "repayment_interest",
        "withdrawal",
        "expense",
        "welfare_grant",
    }
)


def plan_corrections(
    connection: Connection, plan: Plan, group: Group, corrections: tuple[Correction, ...]
) -> None:
    """Reversals that bring cash back post before the batch, the others after it."""
    for index, correction in enumerate(corrections):
        move = _reversal(connection, group, correction, f"correction{index}")
        (plan.before if move.debit == group.cash_account_id else plan.after).append(move)


def _reversal(connection: Connection, group: Group, correction: Correction, where: str) -> Move:
    row = connection.execute(select(entries).where(entries.c.id == correction.entry_id)).first()
    if row is None or row.group_id != group.id or row.meeting_id is None:
        raise CorrectionNotAllowed("only an entry of this group's meetings is corrected", where)
    if row.kind not in CORRECTABLE or row.corrects_entry_id is not None:
        raise CorrectionNotAllowed(f"a {row.kind} entry is not corrected on a sheet", where)
    undone = select(entries.c.id).where(entries.c.corrects_entry_id == row.id)
    if connection.execute(undone).first():
        raise CorrectionNotAllowed(f"entry {row.id} was already corrected", where)
    if row.loan_id is not None:
        loan = group_loan(connection, group.id, row.loan_id)
        if loan.status not in ("active", "repaid"):
            raise CorrectionNotAllowed(f"the loan of this repayment is {loan.status}", where)
    original = ledger.get_transfer(connection, row.transfer_id)
    return Move(
        row.kind,
        original.credit_account_id,
        original.debit_account_id,
        original.amount,
        where,
        row.member_id,
        row.loan_id,
        note=correction.reason.strip(),
        corrects=row.id,
        reverses=row.transfer_id,
    )
