"""The logged-in user of a page, from the ``tn_session`` cookie (a page session).

A session due for renewal is rotated here (one write per half idle window); the new cookie
is set on the way out by ``web.session_renewal``."""

import contextvars
from collections.abc import Awaitable, Callable
from typing import Annotated, TypeVar

from fastapi import Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Connection, Engine

from thungngoen.auth import errors, sessions, tokens
from thungngoen.auth.tables import STAFF
from thungngoen.auth.token_cache import Seen
from thungngoen.auth.users import User
from thungngoen.db import read_transaction, write_transaction_async
from thungngoen.notify import unread_count
from thungngoen.web.cookies import SESSION_COOKIE

HOME_BY_ROLE = {
    "member": "/wallet",
    "merchant": "/shop",
    "agent": "/agent",
    "operator": "/console",
    "auditor": "/console",
}


class LoginRequired(HTTPException):
    """Sends the browser to the login page (handled in ``page_errors``)."""

    def __init__(self) -> None:
        super().__init__(status_code=303, headers={"Location": "/login"})


T = TypeVar("T")

RENEWED = "renewed_session"
"""Where a renewal leaves the new ``NewSession`` on ``request.state`` for the cookie."""


def _resolve(engine: Engine, token: str) -> Seen | None:
    try:
        with read_transaction(engine) as connection:
            return tokens.resolve(connection, token, tokens.SESSION)
    except errors.BadCredentials:
        return None


def in_callers_time(work: Callable[[Connection], T]) -> Callable[[Connection], T]:
    """``work`` run (on the writer thread) at the caller's clock: a session's deadlines
    follow ``thungngoen.clock.simulated_time`` in tests and the simulator."""
    context = contextvars.copy_context()
    return lambda connection: context.run(work, connection)


async def _renew(request: Request, seen: Seen, token: str) -> None:
    engine: Engine = request.app.state.engine
    work = in_callers_time(lambda c: sessions.renew(c, seen, token))
    renewed = await write_transaction_async(engine, work)
    if renewed is not None:
        setattr(request.state, RENEWED, renewed)


async def session_user(request: Request) -> User | None:
    """The user of the session cookie, or None (no cookie; an API token; revoked, expired,
    user blocked)."""
    if hasattr(request.state, "user"):
        found: User | None = request.state.user
        return found
    token = request.cookies.get(SESSION_COOKIE)
    seen = None
    if token:
        seen = tokens.cached(token, tokens.SESSION) or await run_in_threadpool(
            _resolve, request.app.state.engine, token
        )
    if token and seen is not None and seen.due_for_renewal():
        await _renew(request, seen, token)
    user = None if seen is None else seen.user
    request.state.user = user
    return user


async def page_user(request: Request, user: Annotated[User | None, Depends(session_user)]) -> User:
    """The page's user; the header then shows their count of unread messages."""
    if user is None:
        raise LoginRequired()
    request.state.unread = await run_in_threadpool(_unread, request.app.state.engine, user.id)
    return user


def _unread(engine: Engine, user_id: int) -> int:
    with read_transaction(engine) as connection:
        return unread_count(connection, user_id)


PageUser = Annotated[User, Depends(page_user)]


def page_role(*roles: str) -> Callable[[User], Awaitable[User]]:
    """A page for these roles only: others get the 403 page."""

    async def check(user: PageUser) -> User:
        if user.role not in roles:
            raise HTTPException(status_code=403)
        return user

    return check


MemberPage = Annotated[User, Depends(page_role("member"))]
MerchantPage = Annotated[User, Depends(page_role("merchant"))]
AgentPage = Annotated[User, Depends(page_role("agent"))]
StaffPage = Annotated[User, Depends(page_role(*STAFF))]
OperatorPage = Annotated[User, Depends(page_role("operator"))]
"""An operator's action: auditors look but change nothing (they, and every other role, get
the 403 page). Declared before a form, so that nobody else's form is even read."""


def may_act(user: User) -> bool:
    """Whether the staff page shows its forms: to operators, not to auditors."""
    return user.role == "operator"


def actor_of(user: User) -> str:
    """How the audit log names the user who acted."""
    return f"user:{user.id}"
