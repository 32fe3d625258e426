"""Reads: balances and statements. Every transfer row stores the balance of both its
accounts after it, so a statement page is an index range read, flat as the ledger grows.
"""

from sqlalchemy import Connection, literal, select, union_all

from thungngoen.ledger.accounts import get_account
from thungngoen.ledger.model import StatementLine
from thungngoen.ledger.tables import DEBIT_NORMAL_TYPES, transfers

POSTED_KINDS = ("posted", "post_pending")


def balance(connection: Connection, account_id: int) -> int:
    """Posted balance on the account's normal side."""
    return get_account(connection, account_id).balance


def statement(
    connection: Connection, account_id: int, limit: int = 50, before_id: int | None = None
) -> list[StatementLine]:
    """Posted movements of one account, newest first; page on with ``before_id``."""
    account = get_account(connection, account_id)
    sides = []
    for own, other, balance_after, debit_side in (
        (
            transfers.c.debit_account_id,
            transfers.c.credit_account_id,
            transfers.c.debit_balance_after,
            True,
        ),
        (
            transfers.c.credit_account_id,
            transfers.c.debit_account_id,
            transfers.c.credit_balance_after,
            False,
        ),
    ):
        side = select(
            transfers.c.id,
            transfers.c.kind,
            transfers.c.created_at,
            other.label("counterparty"),
            transfers.c.amount,
            balance_after.label("balance_after"),
            transfers.c.purpose,
            transfers.c.memo,
            literal(1 if debit_side else 0).label("debit_side"),
        )
        side = side.where(own == account_id, transfers.c.kind.in_(POSTED_KINDS))
        if before_id is not None:
            side = side.where(transfers.c.id < before_id)
        sides.append(select(side.order_by(transfers.c.id.desc()).limit(limit).subquery()))
    merged = union_all(*sides).subquery()
    rows = connection.execute(select(merged).order_by(merged.c.id.desc()).limit(limit))
    debit_normal = account.type in DEBIT_NORMAL_TYPES
    return [
        StatementLine(
            transfer_id=row.id,
            kind=row.kind,
            created_at=row.created_at,
            counterparty_account_id=row.counterparty,
            amount=row.amount if bool(row.debit_side) == debit_normal else -row.amount,
            balance_after=row.balance_after,
            purpose=row.purpose,
            memo=row.memo,
        )
        for row in rows
    ]
