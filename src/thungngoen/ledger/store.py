"""SQL for the posting operations: lock and read accounts, write totals and transfers.

Private to the ledger package. Accounts are locked in ascending id order
(``SELECT … FOR NO KEY UPDATE`` on PostgreSQL; SQLite already holds the single write
lock from ``BEGIN IMMEDIATE``), so two transfers in opposite directions cannot deadlock.
A single transfer touches at most two accounts and one row, and takes the prepared fast
path (see ``thungngoen.db.prepared``); batches use Core's executemany.
"""

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, bindparam, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from thungngoen.db.prepared import Prepared
from thungngoen.db.transactions import RetryTransaction
from thungngoen.ledger import errors
from thungngoen.ledger.balances import WorkingAccount
from thungngoen.ledger.model import Transfer
from thungngoen.ledger.tables import accounts, batches, transfers

_LOCKED_COLUMNS = (
    "id, currency, type, status, overdraft_limit, debits_pending, debits_posted,"
    " credits_pending, credits_posted, last_transfer_id"
)
_WIDTH = len(_LOCKED_COLUMNS.split(","))
# SQLite: the last transfer id comes back with the locked accounts (the writer holds the
# database, so the next ids are free), one statement fewer than asking for it apart.
_SQLITE_LAST_ID = ", (SELECT COALESCE(MAX(id), 0) FROM ledger_transfers)"


@dataclass(frozen=True)
class _DialectSql:
    """The few statements whose best form differs between the databases: a list of
    values is an array on PostgreSQL and a JSON text on SQLite, and only PostgreSQL has
    row locks and sequences (SQLite's writer holds the whole database)."""

    lock: Prepared
    lock_pair: Prepared
    keys: Prepared
    ids: Prepared | None
    """Draws ids from the sequence (PostgreSQL); ``None`` where ``lock`` returns the
    last id with each account (SQLite)."""
    as_list: Callable[[list[Any]], Any]


def _dialect_sql(
    member: str, lock_suffix: str, ids: str | None, as_list: Any, extra: str = ""
) -> _DialectSql:
    def lock_where(condition: str) -> Prepared:
        return Prepared(
            text(
                f"SELECT {_LOCKED_COLUMNS}{extra} FROM ledger_accounts"
                f" WHERE {condition} ORDER BY id{lock_suffix}"
            )
        )

    return _DialectSql(
        lock=lock_where(f"id {member.format('ids')}"),
        lock_pair=lock_where("id IN (:low, :high)"),
        keys=Prepared(
            text(
                "SELECT idempotency_key, id FROM ledger_transfers"
                f" WHERE idempotency_key {member.format('keys')}"
            )
        ),
        ids=Prepared(text(ids)) if ids else None,
        as_list=as_list,
    )


_SQL = {
    "postgresql": _dialect_sql(
        "= ANY(:{})",
        " FOR NO KEY UPDATE",
        "SELECT nextval(pg_get_serial_sequence('ledger_transfers', 'id'))"
        " FROM generate_series(1, :count)",
        list,
    ),
    "sqlite": _dialect_sql(
        "IN (SELECT value FROM json_each(:{}))",
        "",
        None,
        json.dumps,
        _SQLITE_LAST_ID,
    ),
}


_UPDATE_TOTALS = (
    update(accounts)
    .where(accounts.c.id == bindparam("account_id"))
    .values(
        debits_pending=bindparam("new_debits_pending"),
        debits_posted=bindparam("new_debits_posted"),
        credits_pending=bindparam("new_credits_pending"),
        credits_posted=bindparam("new_credits_posted"),
        last_transfer_id=bindparam("new_last_transfer_id"),
    )
)
_UPDATE_TOTALS_FAST = Prepared(_UPDATE_TOTALS)

TRANSFER_COLUMNS = tuple(column for column in transfers.c if column.name != "digest")
_INSERT = Prepared(insert(transfers), [column.name for column in transfers.c])
_INSERT_BATCH = insert(batches).returning(batches.c.id)


_NO_PIPELINE = nullcontext()


def pipeline(connection: Connection) -> AbstractContextManager[Any]:
    """On PostgreSQL, send the block's statements without waiting for each reply
    (psycopg's pipeline mode): a group commit then costs a few round trips, not one per
    statement. Results are fetched, and errors raised, when the block ends or a result
    is read. Elsewhere a no-op — a shared ``nullcontext``, not a generator: a transfer
    enters two of these, and a generator's enter and exit cost ~0.6 µs each."""
    driver: Any = connection.connection.driver_connection
    return driver.pipeline() if hasattr(driver, "pipeline") else _NO_PIPELINE


@dataclass(slots=True)
class Locked:
    accounts: dict[int, WorkingAccount]
    transfer_ids: list[int]
    """Allocated for the transfers about to be written, in ascending order."""
    earlier: dict[str, int]
    """Idempotency key → the transfer already written under it."""


def lock(
    connection: Connection,
    account_ids: Iterable[int],
    keys: Sequence[str] = (),
    count: int = 1,
) -> Locked:
    """Lock accounts, look up idempotency keys and allocate ``count`` transfer ids; on
    PostgreSQL in one round trip. Ids are drawn after the locks are held, so the ids of
    one account's transfers follow the order in which they took its lock — and a
    transaction holding ids not yet committed always holds a lock on ``ledger_accounts``,
    which is what the sealer waits for (``ledger.horizon``)."""
    sql = _SQL[connection.dialect.name]
    with pipeline(connection):
        unique = sorted(set(account_ids))
        if len(unique) <= 2:
            locking = sql.lock_pair.submit(connection, {"low": unique[0], "high": unique[-1]})
        else:
            locking = sql.lock.submit(connection, {"ids": sql.as_list(unique)})
        finding = sql.keys.submit(connection, {"keys": sql.as_list(list(keys))}) if keys else None
        numbering = sql.ids.submit(connection, {"count": count}) if count and sql.ids else None
        rows = locking.rows()
        earlier = {key: int(found) for key, found in finding.rows()} if finding else {}
        numbers = [int(n) for (n,) in numbering.rows()] if numbering else []
    if sql.ids is None:
        last = int(rows[0][_WIDTH]) if rows else 0
        numbers = list(range(last + 1, last + 1 + count))
    locked = {row[0]: WorkingAccount(*row[:_WIDTH]) for row in rows}
    return Locked(locked, numbers, earlier)


def require(locked: Mapping[int, WorkingAccount], account_id: int) -> WorkingAccount:
    try:
        return locked[account_id]
    except KeyError:
        raise errors.UnknownAccount(f"account {account_id} does not exist") from None


def write(
    connection: Connection, rows: Sequence[dict[str, Any]], locked: Mapping[int, WorkingAccount]
) -> list[Transfer]:
    """Insert transfer rows (built by ``rows.transfer_row``, digest included) and the new
    totals of the accounts they touched."""
    try:
        with pipeline(connection):
            if len(rows) == 1:
                _INSERT.execute(connection, rows[0])
            else:
                _INSERT.run_many(connection, rows)
            _UPDATE_TOTALS_FAST.run_many(connection, _totals(locked))
    except _driver_integrity_error(connection) as error:
        _retry_if_raced(error)
        raise
    return [to_transfer(row) for row in rows]


def _totals(locked: Mapping[int, WorkingAccount]) -> list[dict[str, Any]]:
    return [
        {
            "account_id": account.id,
            "new_debits_pending": account.debits_pending,
            "new_debits_posted": account.debits_posted,
            "new_credits_pending": account.credits_pending,
            "new_credits_posted": account.credits_posted,
            "new_last_transfer_id": account.last_transfer_id,
        }
        for account in locked.values()
        if account.touched
    ]


def _driver_integrity_error(connection: Connection) -> type[Exception]:
    error: type[Exception] = connection.dialect.dbapi.IntegrityError  # type: ignore[union-attr]
    return error


def _retry_if_raced(error: Exception) -> None:
    """A unique key that a concurrent writer took first: run the unit of work again."""
    message = str(getattr(error, "orig", error))
    if any(key in message for key in ("idempotency_key", "pending_id", "reverses_id")):
        raise RetryTransaction(message) from error


def insert_batch(connection: Connection, row: dict[str, Any]) -> int:
    try:
        return int(connection.execute(_INSERT_BATCH, row).scalar_one())
    except IntegrityError as error:
        _retry_if_raced(error)
        raise


def load_transfer(connection: Connection, transfer_id: int) -> Row[Any]:
    row = connection.execute(select(*TRANSFER_COLUMNS).where(transfers.c.id == transfer_id)).first()
    if row is None:
        raise errors.UnknownTransfer(f"transfer {transfer_id} does not exist")
    return row


def follow_up_of(connection: Connection, column: Any, transfer_id: int) -> Row[Any] | None:
    """The transfer that settled (``pending_id``) or reversed (``reverses_id``) another."""
    return connection.execute(select(*TRANSFER_COLUMNS).where(column == transfer_id)).first()


_TRANSFER_FIELDS = tuple(
    "meta" if name == "metadata" else name for name in Transfer.__dataclass_fields__
)


def to_transfer(row: Mapping[str, Any] | Row[Any]) -> Transfer:
    """A row (column names as in the table) as a ``Transfer``; positional, as a batch
    builds a thousand of these."""
    values = row._mapping if isinstance(row, Row) else row
    return Transfer(*(values[name] for name in _TRANSFER_FIELDS))
