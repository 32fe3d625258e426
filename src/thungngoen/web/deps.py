"""Dependencies shared by every area's API routes: the engine, the caller, their role."""

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Header, Request
from sqlalchemy import Engine

from thungngoen.auth import errors
from thungngoen.auth.tokens import user_for_token
from thungngoen.auth.users import User
from thungngoen.db import read_transaction


def get_engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


EngineDep = Annotated[Engine, Depends(get_engine)]


def current_user(engine: EngineDep, authorization: Annotated[str | None, Header()] = None) -> User:
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise errors.BadCredentials("log in first: send 'Authorization: Bearer <token>'")
    with read_transaction(engine) as connection:
        return user_for_token(connection, token)


CurrentUser = Annotated[User, Depends(current_user)]


def require_role(*roles: str) -> Callable[[User], User]:
    def check(user: CurrentUser) -> User:
        if user.role not in roles:
            raise errors.Forbidden(f"this needs the role {' or '.join(roles)}")
        return user

    return check


MemberUser = Annotated[User, Depends(require_role("member"))]
MerchantUser = Annotated[User, Depends(require_role("merchant"))]
AgentUser = Annotated[User, Depends(require_role("agent"))]
OperatorUser = Annotated[User, Depends(require_role("operator"))]
StaffUser = Annotated[User, Depends(require_role("operator", "auditor"))]


IdempotencyKey = Annotated[
    str,
    Header(
        alias="Idempotency-Key",
        min_length=1,
        max_length=80,
        description="Client-chosen key: the same key and body give the same result once.",
    ),
]
