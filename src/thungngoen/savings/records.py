"""What a money operation records beside the ledger: its sub-ledger entries, a loan's
schedule, a loan's status after repayments and corrections."""

from datetime import date

from sqlalchemy import Connection, insert, update

from thungngoen import ledger
from thungngoen.savings.loan_values import get_loan
from thungngoen.savings.moves import Move
from thungngoen.savings.schedule import Instalment
from thungngoen.savings.tables import entries, instalments, loans


def record_entries(
    connection: Connection,
    group_id: int,
    held_on: date,
    source: dict[str, int],
    moves: list[tuple[Move, int]],
) -> None:
    rows = [
        {
            "group_id": group_id,
            "held_on": held_on,
            "meeting_id": source.get("meeting_id"),
            "shareout_id": source.get("shareout_id"),
            "member_id": move.member_id,
            "loan_id": move.loan_id,
            "kind": move.kind,
            "amount": -move.amount if move.corrects else move.amount,
            "transfer_id": transfer_id,
            "corrects_entry_id": move.corrects,
            "memo": move.memo,
        }
        for move, transfer_id in moves
    ]
    if rows:
        connection.execute(insert(entries), rows)


def save_schedule(
    connection: Connection, loan_id: int, version: int, schedule: list[Instalment]
) -> None:
    connection.execute(
        insert(instalments),
        [
            {
                "loan_id": loan_id,
                "version": version,
                "number": line.number,
                "due_on": line.due_on,
                "principal": line.principal,
                "interest": line.interest,
            }
            for line in schedule
        ],
    )


def settle_loans(connection: Connection, loan_ids: set[int]) -> None:
    """A loan whose principal is all repaid is ``repaid``; a correction that brings
    principal back makes it ``active`` again."""
    for loan_id in sorted(loan_ids):
        loan = get_loan(connection, loan_id)
        if loan.account_id is None or loan.status not in ("active", "repaid"):
            continue
        status = "active" if ledger.balance(connection, loan.account_id) else "repaid"
        if status != loan.status:
            connection.execute(update(loans).where(loans.c.id == loan_id).values(status=status))
