"""Units of work: transient conflicts are retried a bounded number of times."""

import sqlite3

import pytest
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError

from thungngoen.db import write_transaction
from thungngoen.db.transactions import RetryTransaction, TooMuchContention, is_retryable


def test_recognises_driver_and_wrapped_conflicts() -> None:
    locked = sqlite3.OperationalError("database is locked")
    assert is_retryable(locked)
    assert is_retryable(OperationalError("BEGIN IMMEDIATE", {}, locked))
    assert is_retryable(RetryTransaction("idempotency_key"))
    assert not is_retryable(sqlite3.OperationalError("no such table: x"))
    assert not is_retryable(ValueError("database is locked"))


def test_retries_then_succeeds(engine: Engine) -> None:
    calls: list[int] = []

    def flaky(connection: Connection) -> str:
        calls.append(1)
        if len(calls) < 3:
            raise RetryTransaction("idempotency_key taken")
        return "done"

    assert write_transaction(engine, flaky) == "done"
    assert len(calls) == 3


def test_gives_up_after_the_bound(engine: Engine) -> None:
    calls: list[int] = []

    def hopeless(connection: Connection) -> None:
        calls.append(1)
        raise RetryTransaction("idempotency_key taken")

    with pytest.raises(TooMuchContention):
        write_transaction(engine, hopeless)
    assert 1 < len(calls) <= 20


def test_other_errors_are_not_retried(engine: Engine) -> None:
    calls: list[int] = []

    def broken(connection: Connection) -> None:
        calls.append(1)
        raise ValueError("bad input")

    with pytest.raises(ValueError, match="bad input"):
        write_transaction(engine, broken)
    assert calls == [1]
