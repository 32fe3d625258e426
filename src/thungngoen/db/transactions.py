"""Units of work: one transaction per operation, retried on transient conflicts.

Writers on SQLite take the write lock up front (``BEGIN IMMEDIATE``); on PostgreSQL
they run at READ COMMITTED and lock rows in a fixed order. Both can still meet a
transient conflict (SQLite busy past the timeout, PostgreSQL serialization failure or
deadlock); ``write_transaction`` retries the whole unit a bounded number of times.
"""

import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from thungngoen.config import get_settings
from thungngoen.db.engine import WRITE_OPTION, is_sqlite

T = TypeVar("T")

RETRYABLE_PG_STATES = {"40001", "40P01", "55P03"}
RETRYABLE_SQLITE_MESSAGES = ("database is locked", "database is busy", "database table is locked")


class TooMuchContention(RuntimeError):
    """A write kept meeting conflicts after every retry."""


class RetryTransaction(Exception):
    """A concurrent writer won a race on a unique key; the unit of work must run again."""


def is_retryable(error: BaseException) -> bool:
    """Whether ``error`` (wrapped by SQLAlchemy or raised by the driver on the prepared
    fast path) is a transient conflict worth running the unit of work again for."""
    if isinstance(error, RetryTransaction):
        return True
    cause = error.orig if isinstance(error, DBAPIError) else error
    if getattr(cause, "sqlstate", None) in RETRYABLE_PG_STATES:
        return True
    return isinstance(cause, sqlite3.OperationalError) and any(
        message in str(cause).lower() for message in RETRYABLE_SQLITE_MESSAGES
    )


def write_transaction(bind: Engine | Connection, work: Callable[[Connection], T]) -> T:
    """Run ``work`` in one write transaction; retry it whole on a transient conflict.

    ``bind`` is an engine (a pooled connection is taken) or an idle connection that a
    long-lived client such as a benchmark loop keeps.
    """
    attempts = get_settings().write_retries
    for attempt in range(attempts):
        try:
            if isinstance(bind, Connection):
                return _run(bind, work)
            with bind.connect() as connection:
                return _run(connection, work)
        except Exception as error:
            if not is_retryable(error):
                raise
            if attempt == attempts - 1:
                raise TooMuchContention(str(error)) from error
            time.sleep(random.uniform(0, min(0.1, 0.002 * 2**attempt)))
    raise AssertionError("unreachable")


def _run(connection: Connection, work: Callable[[Connection], T]) -> T:
    if not connection.get_execution_options().get(WRITE_OPTION):
        connection = connection.execution_options(**{WRITE_OPTION: True})
    with connection.begin():
        return work(connection)


@contextmanager
def read_transaction(engine: Engine) -> Iterator[Connection]:
    """A read-only unit of work that sees one consistent snapshot of the database.

    SQLite's read transactions in WAL mode are snapshots already; PostgreSQL needs
    REPEATABLE READ (its default, READ COMMITTED, lets each statement see new commits,
    so a report could sum totals and transfers from two different moments).
    """
    with engine.connect() as connection:
        if not is_sqlite(engine):
            connection = connection.execution_options(isolation_level="REPEATABLE READ")
        with connection.begin():
            yield connection
