"""SQL for the posting operations: lock and read accounts, write totals and transfers.

Private to the ledger package. Accounts are locked in ascending id order
(``SELECT … FOR NO KEY UPDATE`` on PostgreSQL; SQLite already holds the single write
lock from ``BEGIN IMMEDIATE``), so two transfers in opposite directions cannot deadlock.
A single transfer touches at most two accounts and one row, and takes the prepared fast
path (see ``thungngoen.db.prepared``); batches use Core's executemany.
"""

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Row, bindparam, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from thungngoen.db.prepared import Prepared
from thungngoen.db.transactions import RetryTransaction
from thungngoen.ledger import errors
from thungngoen.ledger.balances import WorkingAccount
from thungngoen.ledger.model import Transfer
from thungngoen.ledger.rows import link
from thungngoen.ledger.tables import accounts, batches, transfers

_LOCK = select(
    accounts.c.id,
    accounts.c.currency,
    accounts.c.type,
    accounts.c.status,
    accounts.c.overdraft_limit,
    accounts.c.debits_pending,
    accounts.c.debits_posted,
    accounts.c.credits_pending,
    accounts.c.credits_posted,
    accounts.c.last_transfer_id,
).with_for_update(key_share=True)
_LOCK_MANY = _LOCK.where(accounts.c.id.in_(bindparam("ids", expanding=True))).order_by(
    accounts.c.id
)
_LOCK_PAIR = Prepared(
    _LOCK.where(accounts.c.id.in_([bindparam("low"), bindparam("high")])).order_by(accounts.c.id)
)

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

TRANSFER_COLUMNS = tuple(transfers.c)
_INSERTED_COLUMNS = [column.name for column in transfers.c if column.name != "id"]
_INSERT_ONE = Prepared(insert(transfers).returning(transfers.c.id), _INSERTED_COLUMNS)
_INSERT_WITH_IDS = Prepared(insert(transfers), ["id", *_INSERTED_COLUMNS])
_INSERT_BATCH = insert(batches).returning(batches.c.id)
_ID_BY_KEY = Prepared(select(transfers.c.id).where(transfers.c.idempotency_key == bindparam("key")))


def lock_accounts(connection: Connection, ids: Iterable[int]) -> dict[int, WorkingAccount]:
    unique = sorted(set(ids))
    if len(unique) <= 2:
        pair = {"low": unique[0], "high": unique[-1]}
        rows = _LOCK_PAIR.run(connection, pair).fetchall()
    else:
        rows = connection.execute(_LOCK_MANY, {"ids": unique}).all()
    return {row[0]: WorkingAccount(*row) for row in rows}


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
            "new_last_transfer_id": account.last_transfer_id,
        }
        for account in locked.values()
        if account.touched
    ]
    if len(rows) <= 2:
        for row in rows:
            _UPDATE_TOTALS_FAST.run(connection, row)
    else:
        _UPDATE_TOTALS_FAST.run_many(connection, rows)


def insert_transfer(
    connection: Connection, row: dict[str, Any], debit: WorkingAccount, credit: WorkingAccount
) -> Transfer:
    """Insert one transfer row, link its accounts to it, and return it."""
    try:
        row["id"] = _INSERT_ONE.run(connection, row).fetchone()[0]
    except _driver_integrity_error(connection) as error:
        _retry_if_raced(error)
        raise
    link(row, debit, credit)
    return to_transfer(row)


def insert_transfers(connection: Connection, rows: Sequence[dict[str, Any]]) -> list[Transfer]:
    """Insert rows whose ids were allocated with ``allocate_transfer_ids``."""
    try:
        _INSERT_WITH_IDS.run_many(connection, rows)
    except _driver_integrity_error(connection) as error:
        _retry_if_raced(error)
        raise
    return [to_transfer(row) for row in rows]


def allocate_transfer_ids(connection: Connection, count: int) -> list[int]:
    """Reserve ``count`` transfer ids, so a batch's legs can link to each other."""
    if connection.dialect.name == "postgresql":
        query = text(
            "SELECT nextval(pg_get_serial_sequence('ledger_transfers', 'id'))"
            " FROM generate_series(1, :count)"
        )
        return sorted(connection.execute(query, {"count": count}).scalars())
    # SQLite: the writer holds the database's write lock, so MAX(id) cannot move under us.
    last = connection.execute(select(func.coalesce(func.max(transfers.c.id), 0))).scalar_one()
    return list(range(last + 1, last + 1 + count))


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


def transfer_id_by_key(connection: Connection, key: str) -> int | None:
    row = _ID_BY_KEY.run(connection, {"key": key}).fetchone()
    return None if row is None else int(row[0])


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
