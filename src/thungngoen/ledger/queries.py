"""Reads: balances and statements.

Every posted transfer stores both accounts' balances after it and a link to each
account's previous posted transfer; each account links to its latest. A statement page
is therefore a walk of at most ``limit`` primary-key lookups from the account's head (or
from the line a previous page ended on), flat however large the ledger grows.
"""

from sqlalchemy import BigInteger, Connection, Integer, String, bindparam, select, text

from thungngoen.db.types import UtcDateTime
from thungngoen.ledger import errors, store
from thungngoen.ledger.accounts import get_account
from thungngoen.ledger.model import StatementLine, Transfer
from thungngoen.ledger.rows import POSTED_KINDS
from thungngoen.ledger.tables import batches, transfers

_WALK = (
    text("""
    WITH RECURSIVE chain(id, depth) AS (
        SELECT CAST(:start AS BIGINT), 1
        UNION ALL
        SELECT CASE WHEN t.debit_account_id = :account
                    THEN t.debit_previous_id ELSE t.credit_previous_id END,
               chain.depth + 1
        FROM chain JOIN ledger_transfers t ON t.id = chain.id
        WHERE chain.depth < :limit
    )
    SELECT t.id, t.kind, t.created_at, t.amount, t.purpose, t.memo,
           t.debit_account_id = :account AS on_debit_side,
           CASE WHEN t.debit_account_id = :account
                THEN t.credit_account_id ELSE t.debit_account_id END AS counterparty,
           CASE WHEN t.debit_account_id = :account
                THEN t.debit_balance_after ELSE t.credit_balance_after END AS balance_after
    FROM chain JOIN ledger_transfers t ON t.id = chain.id
    ORDER BY t.id DESC""")
    .bindparams(
        bindparam("start", type_=BigInteger),
        bindparam("account", type_=BigInteger),
        bindparam("limit", type_=Integer),
    )
    .columns(created_at=UtcDateTime(), kind=String, purpose=String, memo=String)
)

_PREVIOUS = text("""
    SELECT kind, CASE WHEN debit_account_id = :account THEN debit_previous_id
                      ELSE credit_previous_id END AS previous,
           (debit_account_id = :account OR credit_account_id = :account) AS involved
    FROM ledger_transfers WHERE id = :id""")


def balance(connection: Connection, account_id: int) -> int:
    """Posted balance on the account's normal side."""
    return get_account(connection, account_id).balance


def statement(
    connection: Connection, account_id: int, limit: int = 50, before_id: int | None = None
) -> list[StatementLine]:
    """Posted movements of one account, newest first.

    The next page starts ``before_id``: the transfer id of the last line of this page.
    """
    account = get_account(connection, account_id)
    if before_id is None:
        start = account.last_transfer_id
    else:
        start = _previous(connection, account_id, before_id)
    if start is None or limit <= 0:
        return []
    rows = connection.execute(_WALK, {"start": start, "account": account_id, "limit": limit})
    return [
        StatementLine(
            transfer_id=row.id,
            kind=row.kind,
            created_at=row.created_at,
            counterparty_account_id=row.counterparty,
            amount=row.amount if bool(row.on_debit_side) == account.debit_normal else -row.amount,
            balance_after=row.balance_after,
            purpose=row.purpose,
            memo=row.memo,
        )
        for row in rows
    ]


def _previous(connection: Connection, account_id: int, transfer_id: int) -> int | None:
    row = connection.execute(_PREVIOUS, {"account": account_id, "id": transfer_id}).first()
    if row is None or not row.involved or row.kind not in POSTED_KINDS:
        raise errors.UnknownTransfer(
            f"transfer {transfer_id} is not on the statement of account {account_id}"
        )
    return None if row.previous is None else int(row.previous)


def batch_by_key(connection: Connection, idempotency_key: str) -> list[Transfer]:
    """The transfers of the batch posted with this idempotency key (empty if none)."""
    query = (
        select(*store.TRANSFER_COLUMNS)
        .join(batches, batches.c.id == transfers.c.batch_id)
        .where(batches.c.idempotency_key == idempotency_key)
        .order_by(transfers.c.id)
    )
    return [store.to_transfer(row) for row in connection.execute(query)]


def transfer_by_key(connection: Connection, idempotency_key: str) -> Transfer | None:
    """The single transfer posted with this idempotency key, if any (a replay's original)."""
    query = select(*store.TRANSFER_COLUMNS).where(transfers.c.idempotency_key == idempotency_key)
    row = connection.execute(query).first()
    return None if row is None else store.to_transfer(row)


def get_transfer(connection: Connection, transfer_id: int) -> Transfer:
    return store.to_transfer(store.load_transfer(connection, transfer_id))
