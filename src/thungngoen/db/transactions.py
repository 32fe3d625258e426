"""Units of work: one transaction per operation, retried on transient conflicts.

Writers on SQLite take the write lock up front (``BEGIN IMMEDIATE``); on PostgreSQL
they run at READ COMMITTED and lock rows in a fixed order. Both can still meet a
transient conflict (SQLite busy past the timeout, PostgreSQL serialization failure or
deadlock); ``write_transaction`` retries the whole unit a bounded number of times.
"""

import asyncio
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from thungngoen.config import get_settings
from thungngoen.db import writer
from thungngoen.db.engine import WRITE_OPTION, is_sqlite
from thungngoen.db.writer import Unit, fail_all, pause_before_retry, settle, writer_for

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
    long-lived client such as a benchmark loop keeps. An engine with a writer attached
    (a server process, see ``thungngoen.db.writer``) hands the work to its writer thread.
    """
    writer = writer_for(bind) if isinstance(bind, Engine) else None
    if writer is not None and not writer.on_writer_thread:
        result: T = writer.run(work)
        return result
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


async def write_transaction_async(engine: Engine, work: Callable[[Connection], T]) -> T:
    """``write_transaction`` for async code: awaits the engine's writer thread (or runs
    in a worker thread if none is attached), so the event loop never blocks."""
    writer = writer_for(engine)
    if writer is None:
        return await asyncio.to_thread(write_transaction, engine, work)
    result: T = await asyncio.wrap_future(writer.submit(work))
    return result


def run_group(connection: Connection, group: list[Unit]) -> None:
    """Run each unit of ``group`` in its own savepoint of one transaction, then commit
    once; retry a unit that lost a race, and the whole group on a transient conflict."""
    attempts = get_settings().write_retries
    for attempt in range(attempts):
        try:
            outcomes = _run(connection, lambda c: [_unit(c, work) for work, _ in group])
        except Exception as error:
            if is_retryable(error) and attempt < attempts - 1:
                pause_before_retry(attempt)
                continue
            fail_all(group, error)
            return
        settle(group, outcomes)
        return


def _unit(connection: Connection, work: Callable[[Connection], Any]) -> tuple[bool, Any]:
    for attempt in range(get_settings().write_retries):
        savepoint = connection.begin_nested()
        try:
            result = work(connection)
        except RetryTransaction as error:
            savepoint.rollback()
            if attempt == get_settings().write_retries - 1:
                return False, TooMuchContention(str(error))
            continue
        except Exception as error:
            savepoint.rollback()
            if is_retryable(error):
                raise
            return False, error
        savepoint.commit()
        return True, result
    raise AssertionError("unreachable")


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


def attach_writer(engine: Engine) -> writer.Writer:
    """Give ``engine`` its writer thread (a server process): ``write_transaction`` on it
    then hands its work to that thread."""
    return writer.attach_writer(engine, run_group)
