"""Dependencies shared by every area's API routes: the engine, the caller, their role."""

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Engine

from thungngoen.auth import errors, tokens
from thungngoen.auth.tables import STAFF
from thungngoen.auth.users import User
from thungngoen.db import read_transaction

# The cheap dependencies are ``async``: FastAPI runs a plain ``def`` dependency in its
# thread pool, and a thread hop per dependency cost more than the payment itself.


async def get_engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


EngineDep = Annotated[Engine, Depends(get_engine)]


async def current_user(
    engine: EngineDep, authorization: Annotated[str | None, Header()] = None
) -> User:
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise errors.BadCredentials("log in first: send 'Authorization: Bearer <token>'")
    user = tokens.cached_user(token)
    if user is None:
        user = await run_in_threadpool(_user_for_token, engine, token)
    return user


def _user_for_token(engine: Engine, token: str) -> User:
    with read_transaction(engine) as connection:
        return tokens.user_for_token(connection, token)


CurrentUser = Annotated[User, Depends(current_user)]


def require_role(*roles: str) -> Callable[[User], Awaitable[User]]:
    async def check(user: CurrentUser) -> User:
        if user.role not in roles:
            raise errors.Forbidden(f"this needs the role {' or '.join(roles)}")
        return user

    return check


MemberUser = Annotated[User, Depends(require_role("member"))]
MerchantUser = Annotated[User, Depends(require_role("merchant"))]
AgentUser = Annotated[User, Depends(require_role("agent"))]
OperatorUser = Annotated[User, Depends(require_role("operator"))]
StaffUser = Annotated[User, Depends(require_role(*STAFF))]


IdempotencyKey = Annotated[
    str,
    Header(
        alias="Idempotency-Key",
        min_length=1,
        max_length=80,
        description="Client-chosen key: the same key and body give the same result once.",
    ),
]
