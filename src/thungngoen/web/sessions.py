"""The logged-in user of a page, from the ``tn_session`` cookie (a login token)."""

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Engine

from thungngoen.auth import errors, tokens
from thungngoen.auth.tables import STAFF
from thungngoen.auth.users import User
from thungngoen.db import read_transaction
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


def _user_for_token(engine: Engine, token: str) -> User | None:
    try:
        with read_transaction(engine) as connection:
            return tokens.user_for_token(connection, token)
    except errors.BadCredentials:
        return None


async def session_user(request: Request) -> User | None:
    """The user of the session cookie, or None (no cookie, revoked, user blocked)."""
    if hasattr(request.state, "user"):
        found: User | None = request.state.user
        return found
    token = request.cookies.get(SESSION_COOKIE)
    user = None
    if token:
        user = tokens.cached_user(token) or await run_in_threadpool(
            _user_for_token, request.app.state.engine, token
        )
    request.state.user = user
    return user


async def page_user(user: Annotated[User | None, Depends(session_user)]) -> User:
    if user is None:
        raise LoginRequired()
    return user


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
