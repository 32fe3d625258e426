"""Confirming an operation with the payment PIN.

The operation and the PIN check share one transaction, so a wrong PIN writes nothing of
the operation; the wrong attempt itself is then counted in a transaction of its own,
which is what makes the fifth wrong PIN lock payments even though each attempt rolled
back.
"""

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import Connection, Engine

from thungngoen.auth import errors, pins
from thungngoen.db import write_transaction, write_transaction_async

T = TypeVar("T")


def with_pin(engine: Engine, user_id: int, pin: str, work: Callable[[Connection], T]) -> T:
    def checked(connection: Connection) -> T:
        pins.check_pin(connection, user_id, pin)
        return work(connection)

    try:
        return write_transaction(engine, checked)
    except errors.WrongPin as wrong:
        locked = write_transaction(engine, lambda c: pins.record_failed_attempt(c, user_id))
        if locked:
            raise errors.PinLocked(
                "payments are locked after 5 wrong PINs; ask the operator"
            ) from wrong
        raise


async def with_pin_async(
    engine: Engine, user_id: int, pin: str, work: Callable[[Connection], T]
) -> T:
    """``with_pin`` for async routes: the PIN check and the work run on the writer."""

    def checked(connection: Connection) -> T:
        pins.check_pin(connection, user_id, pin)
        return work(connection)

    try:
        return await write_transaction_async(engine, checked)
    except errors.WrongPin as wrong:
        record = lambda c: pins.record_failed_attempt(c, user_id)  # noqa: E731
        if await write_transaction_async(engine, record):
            raise errors.PinLocked(
                "payments are locked after 5 wrong PINs; ask the operator"
            ) from wrong
        raise
