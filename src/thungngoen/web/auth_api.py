"""``/api/v1/auth``: log in for an API token, list and revoke one's tokens, log out, set the
payment PIN.

An API token is no page session: it lives ``days`` (1–365, 90 unless asked) and only as a
bearer; the log-in page's cookie is refused here (decision 0018)."""

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Header, Request
from pydantic import BaseModel, Field
from sqlalchemy import Connection, Engine

from thungngoen.auth import pins, tokens
from thungngoen.auth.notifications import tell_login
from thungngoen.auth.users import User, authenticate
from thungngoen.clock import utc_now
from thungngoen.db import read_transaction, write_transaction, write_transaction_async
from thungngoen.web.api_fields import ApiModel, Id, Phone, Pin
from thungngoen.web.deps import CurrentUser, EngineDep
from thungngoen.web.password_checks import checked_password

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])

LIMITED: dict[int | str, dict[str, Any]] = {
    429: {"description": "Too many wrong passwords (see Retry-After)"},
    503: {"description": "Too many password checks at once (see Retry-After)"},
}


class Login(ApiModel):
    phone: Phone = Field(examples=["0812345678"])
    password: str
    name: str = Field("login", min_length=1, max_length=100, description="What the token is for")
    days: int = Field(tokens.API_TOKEN_DAYS, ge=1, le=tokens.MAX_API_TOKEN_DAYS, strict=True)


class LoginResult(BaseModel):
    token: str
    token_id: int
    expires_at: datetime
    user_id: int
    name: str
    role: str


class TokenOut(BaseModel):
    id: int
    name: str
    created_at: datetime
    expires_at: datetime


class PinChange(ApiModel):
    pin: str = Pin
    password: str


def _authenticated(engine: Engine, phone: str, password: str) -> User:
    with read_transaction(engine) as connection:
        return authenticate(connection, phone, password)


@router.post("/login", responses=LIMITED)
async def login(request: Request, body: Login, engine: EngineDep) -> LoginResult:
    user = await checked_password(
        request, body.phone, lambda: _authenticated(engine, body.phone, body.password)
    )
    device = f"{body.name} ({request.headers.get('user-agent', '')})"

    def issue(connection: Connection) -> tokens.Issued:
        tell_login(connection, user.id, device, utc_now())
        return tokens.issue_api_token(connection, user.id, body.name, f"user:{user.id}", body.days)

    issued = await write_transaction_async(engine, issue)
    return LoginResult(
        token=issued.token,
        token_id=issued.token_id,
        expires_at=issued.expires_at,
        user_id=user.id,
        name=user.name,
        role=user.role,
    )


@router.post("/logout", status_code=204)
def logout(user: CurrentUser, engine: EngineDep, authorization: Annotated[str, Header()]) -> None:
    token = authorization.partition(" ")[2]
    write_transaction(engine, lambda c: tokens.revoke_presented(c, token, f"user:{user.id}"))


@router.get("/tokens")
def my_tokens(user: CurrentUser, engine: EngineDep) -> list[TokenOut]:
    """The caller's live API tokens (never their secrets)."""
    with read_transaction(engine) as connection:
        found = tokens.live_api_tokens(connection, user.id)
    return [_out(token) for token in found]


def _out(token: tokens.ApiToken) -> TokenOut:
    return TokenOut(
        id=token.id, name=token.name, created_at=token.created_at, expires_at=token.expires_at
    )


@router.delete("/tokens/{token_id}", status_code=204)
def revoke_token(token_id: Id, user: CurrentUser, engine: EngineDep) -> None:
    write_transaction(engine, lambda c: tokens.revoke_own_api_token(c, user.id, token_id))


@router.put("/pin", status_code=204, responses=LIMITED)
async def set_pin(request: Request, body: PinChange, user: CurrentUser, engine: EngineDep) -> None:
    """Set or change the payment PIN; the password confirms it is really the user (checked
    first, in a worker thread: the write transaction never hashes)."""
    await checked_password(
        request, user.phone, lambda: _authenticated(engine, user.phone, body.password)
    )
    await write_transaction_async(engine, lambda c: pins.set_pin(c, user.id, body.pin))
