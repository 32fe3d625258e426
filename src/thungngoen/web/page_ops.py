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
from thungngoen.web.ratelimit import RateLimiter, attempt_keys

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
    the database), wrong PINs are limited per address and per user, so one phone cannot
    try PINs for many members, nor one member hammer the server."""
    limiter: RateLimiter = request.app.state.pin_limiter
    keys = attempt_keys(request, "pin", user.id)
    if limiter.blocked(*keys):
        raise errors.TooManyPinAttempts("too many wrong PINs; wait a few minutes")
    try:
        return await with_pin_async(engine_of(request), user.id, pin, work)
    except (errors.WrongPin, errors.PinLocked, errors.InvalidPin):
        limiter.fail(*keys)
        raise
