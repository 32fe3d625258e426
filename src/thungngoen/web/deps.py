"""Dependencies shared by every area's API routes: the engine, the caller, their role."""

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Engine

from thungngoen.auth import errors, tokens
from thungngoen.auth.tables import STAFF
from thungngoen.auth.token_cache import Seen
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
    seen = tokens.cached(token, tokens.API)
    if seen is None:
        seen = await run_in_threadpool(_resolve, engine, token)
    return seen.user


def _resolve(engine: Engine, token: str) -> Seen:
    """The live API token (a page session's cookie value is refused: ``WrongTokenKind``)."""
    with read_transaction(engine) as connection:
        return tokens.resolve(connection, token, tokens.API)


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
