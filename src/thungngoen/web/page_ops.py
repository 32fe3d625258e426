"""Running an area's operations from a page: reads in a worker thread, writes on the
engine's writer, and a PIN-confirmed write with the page's attempt limit."""

from collections.abc import Callable
from typing import TypeVar

from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Connection, Engine

from thungngoen.auth import errors
from thungngoen.auth.guard import with_pin_async
from thungngoen.auth.users import User
from thungngoen.db import read_transaction, write_transaction_async
from thungngoen.web.password_checks import pin_backoff, refuse_pin_if_waiting

T = TypeVar("T")


def engine_of(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


def _read(engine: Engine, work: Callable[[Connection], T]) -> T:
    with read_transaction(engine) as connection:
        return work(connection)


async def read(request: Request, work: Callable[[Connection], T]) -> T:
    """``work`` in one consistent read transaction, off the event loop."""
    return await run_in_threadpool(_read, engine_of(request), work)


async def write(request: Request, work: Callable[[Connection], T]) -> T:
    """``work`` in one write transaction (committed, retried on a lost race)."""
    return await write_transaction_async(engine_of(request), work)


async def write_with_pin(
    request: Request, user: User, pin: str, work: Callable[[Connection], T]
) -> T:
    """``work`` confirmed by ``user``'s PIN. Besides the lock after five wrong PINs (kept in
    the database), wrong PINs back off per member and per address (``pin_keys``), so one
    phone cannot try PINs for many members, nor one member hammer the server."""
    keys = refuse_pin_if_waiting(request, user.id)
    try:
        return await with_pin_async(engine_of(request), user.id, pin, work)
    except (errors.WrongPin, errors.PinLocked, errors.InvalidPin):
        pin_backoff(request).fail(keys)
        raise
