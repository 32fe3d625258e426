"""SQL for the posting operations: lock and read accounts, write totals and transfers.

Private to the ledger package. Accounts are locked in ascending id order
(``SELECT … FOR UPDATE`` on PostgreSQL; SQLite already holds the single write lock from
``BEGIN IMMEDIATE``), so two transfers in opposite directions cannot deadlock.
"""

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Row, bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError

from thungngoen.db.transactions import RetryTransaction
from thungngoen.ledger import errors
from thungngoen.ledger.balances import WorkingAccount
from thungngoen.ledger.model import Transfer
from thungngoen.ledger.tables import accounts, batches, transfers

_LOCK_COLUMNS = (
    accounts.c.id,
    accounts.c.currency,
    accounts.c.type,
    accounts.c.status,
    accounts.c.overdraft_limit,
    accounts.c.debits_pending,
    accounts.c.debits_posted,
    accounts.c.credits_pending,
    accounts.c.credits_posted,
)

_LOCK_ACCOUNTS = (
    select(*_LOCK_COLUMNS)
    .where(accounts.c.id.in_(bindparam("ids", expanding=True)))
    .order_by(accounts.c.id)
    .with_for_update()
)

_UPDATE_TOTALS = (
    update(accounts)
    .where(accounts.c.id == bindparam("account_id"))
    .values(
        debits_pending=bindparam("new_debits_pending"),
        debits_posted=bindparam("new_debits_posted"),
        credits_pending=bindparam("new_credits_pending"),
        credits_posted=bindparam("new_credits_posted"),
    )
)

_INSERT_BATCH = insert(batches).returning(batches.c.id)
_INSERT_TRANSFERS = insert(transfers).returning(transfers.c.id, sort_by_parameter_order=True)

TRANSFER_COLUMNS = tuple(transfers.c)


def lock_accounts(connection: Connection, ids: Iterable[int]) -> dict[int, WorkingAccount]:
    rows = connection.execute(_LOCK_ACCOUNTS, {"ids": sorted(set(ids))})
    return {row.id: WorkingAccount(*row) for row in rows}


def require(locked: Mapping[int, WorkingAccount], account_id: int) -> WorkingAccount:
    try:
        return locked[account_id]
    except KeyError:
        raise errors.UnknownAccount(f"account {account_id} does not exist") from None


def write_totals(connection: Connection, locked: Mapping[int, WorkingAccount]) -> None:
    rows = [
        {
            "account_id": account.id,
            "new_debits_pending": account.debits_pending,
            "new_debits_posted": account.debits_posted,
            "new_credits_pending": account.credits_pending,
            "new_credits_posted": account.credits_posted,
        }
        for account in locked.values()
        if account.touched
    ]
    connection.execute(_UPDATE_TOTALS, rows)


def insert_transfers(connection: Connection, rows: Sequence[dict[str, Any]]) -> list[Transfer]:
    """Insert transfer rows (column names as in the table) and return them as values."""
    try:
        ids = connection.execute(_INSERT_TRANSFERS, list(rows)).scalars().all()
    except IntegrityError as error:
        if "idempotency_key" in str(error.orig) or "pending_id" in str(error.orig):
            raise RetryTransaction(str(error.orig)) from error
        raise
    return [to_transfer({**row, "id": new_id}) for row, new_id in zip(rows, ids, strict=True)]


def insert_batch(connection: Connection, row: dict[str, Any]) -> int:
    try:
        return int(connection.execute(_INSERT_BATCH, row).scalar_one())
    except IntegrityError as error:
        if "idempotency_key" in str(error.orig):
            raise RetryTransaction(str(error.orig)) from error
        raise


def load_transfer(connection: Connection, transfer_id: int) -> Row[Any]:
    row = connection.execute(select(*TRANSFER_COLUMNS).where(transfers.c.id == transfer_id)).first()
    if row is None:
        raise errors.UnknownTransfer(f"transfer {transfer_id} does not exist")
    return row


def follow_up_of(connection: Connection, column: Any, transfer_id: int) -> Row[Any] | None:
    """The transfer that settled (``pending_id``) or reversed (``reverses_id``) another."""
    return connection.execute(select(*TRANSFER_COLUMNS).where(column == transfer_id)).first()


def to_transfer(row: Mapping[str, Any] | Row[Any]) -> Transfer:
    values = dict(row._mapping if isinstance(row, Row) else row)
    values["metadata"] = values.pop("meta")
    values.pop("payload_hash", None)
    return Transfer(**values)


def payload_hash(operation: str, payload: Mapping[str, Any]) -> str:
    canonical = json.dumps({"op": operation, **payload}, sort_keys=True, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def replay(existing: Sequence[Row[Any]], request_hash: str, key: str) -> list[Transfer]:
    """Return what an earlier call with this idempotency key wrote, if it asked the same."""
    if existing[0].payload_hash != request_hash:
        raise errors.IdempotencyConflict(
            f"idempotency key {key!r} was already used for a different request"
        )
    return [to_transfer(row) for row in existing]


def find_by_key(connection: Connection, key: str) -> list[Row[Any]]:
    query = select(*TRANSFER_COLUMNS).where(transfers.c.idempotency_key == key)
    return list(connection.execute(query))
