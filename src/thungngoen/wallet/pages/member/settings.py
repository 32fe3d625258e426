"""Settings: set the payment PIN (the first time) or change it, both confirmed with the
password as ``PUT /api/v1/auth/pin`` does, and change the password.

A PIN locked by five wrong tries stays locked here: only the operator resets it (setting a
new PIN would otherwise undo the lock). Wrong passwords count with the log-in's (per
phone, per address), so a borrowed phone's open session cannot be used to guess the
password. A new password ends every other session and API token; this browser gets a new
session."""

import re
from collections.abc import Awaitable, Callable
from typing import TypeVar

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen.auth import errors, pins, sessions
from thungngoen.auth.hashing import HashedPassword, hash_password
from thungngoen.auth.passwords import replace_password
from thungngoen.auth.sessions import NewSession
from thungngoen.auth.users import MIN_PASSWORD_LENGTH, User, authenticate
from thungngoen.db import read_transaction
from thungngoen.errors import DomainError
from thungngoen.wallet.pages.member.common import TOO_MANY, FormState, pin_status
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import REQUIRED, refusal
from thungngoen.web.page_ops import engine_of, write
from thungngoen.web.pages.auth import start_session
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.password_checks import checked_password
from thungngoen.web.sessions import MemberPage, actor_of, in_callers_time
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)
T = TypeVar("T")

PIN_FIELDS = ("new_pin", "new_pin_again", "password")
PASSWORD_FIELDS = ("current_password", "new_password", "new_password_again")
LOCKED = "payments are locked after 5 wrong PINs; ask the operator"


async def _page(
    request: Request, user: User, pin_form: FormState, password_form: FormState
) -> Response:
    for form in (pin_form, password_form):  # secrets are never sent back
        form.values = dict.fromkeys(form.values, "")
    context = {
        "pin_state": await pin_status(request, user),
        "pin_form": pin_form,
        "password_form": password_form,
    }
    status = 422 if pin_form.errors or password_form.errors else 200
    return render(request, "wallet/member/settings.html", context, status_code=status)


def _blank(names: tuple[str, ...]) -> FormState:
    return FormState(dict.fromkeys(names, ""))


def _posted(form: dict[str, str], names: tuple[str, ...]) -> FormState:
    return FormState({name: form.get(name, "") for name in names})


async def _confirmed(
    request: Request,
    user: User,
    state: FormState,
    password: tuple[str, str],
    then: Callable[[], Awaitable[T]],
) -> T | None:
    """``then()`` once the password (field name, value) checks out under the log-in limits;
    a rejection goes on ``state``."""
    field, typed = password
    engine = engine_of(request)

    def check() -> None:
        with read_transaction(engine) as connection:
            authenticate(connection, user.phone, typed)

    try:
        await checked_password(request, user.phone, check)
        return await then()
    except errors.Throttled:
        state.reject(request, field, TOO_MANY)
    except DomainError as error:
        state.errors |= refusal(
            request, error, {"bad_credentials": field, "invalid_pin": "new_pin"}
        )
    return None


def _set_pin(connection: Connection, user: User, pin: str) -> bool:
    if pins.pin_status(connection, user.id) == "locked":
        raise errors.PinLocked(LOCKED)
    pins.set_pin(connection, user.id, pin)
    return True


async def _change_pin(request: Request, user: User, form: dict[str, str]) -> Response:
    state = _posted(form, PIN_FIELDS)
    pin, again, password = (state.values[name] for name in PIN_FIELDS)
    if not re.fullmatch(r"[0-9]{6}", pin):
        state.reject(request, "new_pin", "A PIN is exactly six digits.")
    elif again != pin:
        state.reject(request, "new_pin_again", "The two PINs differ.")
    if not password:
        state.reject(request, "password", REQUIRED)

    async def then() -> bool:
        return await write(request, lambda c: _set_pin(c, user, pin))

    if not state.errors and await _confirmed(request, user, state, ("password", password), then):
        return see_other(request, "/wallet/settings", flash="Your payment PIN is set.")
    return await _page(request, user, state, _blank(PASSWORD_FIELDS))


def _replace(connection: Connection, user: User, new: HashedPassword) -> NewSession:
    replace_password(connection, user.id, new)
    return sessions.open_session(connection, user.id, user.role, actor_of(user))


async def _change_password(request: Request, user: User, form: dict[str, str]) -> Response:
    state = _posted(form, PASSWORD_FIELDS)
    current, new, again = (state.values[name] for name in PASSWORD_FIELDS)
    if not current:
        state.reject(request, "current_password", REQUIRED)
    if len(new) < MIN_PASSWORD_LENGTH:
        state.reject(request, "new_password", "A password needs at least 8 characters.")
    elif again != new:
        state.reject(request, "new_password_again", "The two passwords differ.")

    async def then() -> NewSession:
        hashed = await run_in_threadpool(hash_password, new)
        return await write(request, in_callers_time(lambda c: _replace(c, user, hashed)))

    password = ("current_password", current)
    if not state.errors and (session := await _confirmed(request, user, state, password, then)):
        response = see_other(request, "/wallet/settings", flash="Your password is changed.")
        start_session(request, response, session)
        return response
    return await _page(request, user, _blank(PIN_FIELDS), state)


@router.get("/wallet/settings")
async def settings_page(request: Request, user: MemberPage) -> Response:
    return await _page(request, user, _blank(PIN_FIELDS), _blank(PASSWORD_FIELDS))


@router.post("/wallet/settings")
async def change_settings(request: Request, user: MemberPage, form: CheckedForm) -> Response:
    if form.get("action") == "password":
        return await _change_password(request, user, form)
    return await _change_pin(request, user, form)
