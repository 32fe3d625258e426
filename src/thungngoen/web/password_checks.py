"""Every password check of a door: under the log-in backoff, in a worker thread.

A refused attempt raises ``TooManyLogins`` carrying the seconds to wait (429 with
``Retry-After``); the hashing itself is bounded by ``auth.hash_gate`` (503 when full)."""

import math
from collections.abc import Callable
from typing import TypeVar

from fastapi import Request
from fastapi.concurrency import run_in_threadpool

from thungngoen.auth import errors
from thungngoen.web.backoff import Backoff, Keys
from thungngoen.web.ratelimit import login_keys, pin_keys

T = TypeVar("T")

TOO_MANY_PASSWORDS = "too many wrong passwords: wait, then try again"
TOO_MANY_PINS = "too many wrong PINs: wait, then try again"


def login_backoff(request: Request) -> Backoff:
    backoff: Backoff = request.app.state.login_backoff
    return backoff


def pin_backoff(request: Request) -> Backoff:
    backoff: Backoff = request.app.state.pin_backoff
    return backoff


def seconds_to_wait(backoff: Backoff, keys: Keys) -> int:
    return math.ceil(backoff.wait(keys))


async def checked_password(request: Request, phone: str, check: Callable[[], T]) -> T:
    """``check()`` (it verifies the password of ``phone``, raising ``BadCredentials``) run
    in a worker thread, unless the log-in limits refuse the attempt first."""
    backoff, keys = login_backoff(request), login_keys(request, phone)
    wait = seconds_to_wait(backoff, keys)
    if wait:
        raise errors.TooManyLogins(TOO_MANY_PASSWORDS, retry_after=wait)
    try:
        result = await run_in_threadpool(check)
    except errors.BadCredentials:
        backoff.fail(keys)
        raise
    backoff.succeed(keys[0][0], keys[1][0])
    return result


def refuse_pin_if_waiting(request: Request, user_id: int) -> Keys:
    """The PIN keys, once they may try (else ``TooManyPinAttempts``)."""
    keys = pin_keys(request, user_id)
    wait = seconds_to_wait(pin_backoff(request), keys)
    if wait:
        raise errors.TooManyPinAttempts(TOO_MANY_PINS, retry_after=wait)
    return keys
