"""``/api/v1/auth``: log in for a bearer token, log out, set the payment PIN."""

from collections.abc import Callable
from typing import Annotated, TypeVar

from fastapi import APIRouter, Header, Request
from pydantic import BaseModel, Field
from sqlalchemy import Connection

from thungngoen.auth import errors, pins, tokens
from thungngoen.auth.users import User, authenticate
from thungngoen.db import read_transaction, write_transaction
from thungngoen.web.api_fields import ApiModel, Phone, Pin
from thungngoen.web.deps import CurrentUser, EngineDep
from thungngoen.web.ratelimit import RateLimiter, login_keys

T = TypeVar("T")

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


class Login(ApiModel):
    phone: Phone = Field(examples=["0812345678"])
    password: str


class LoginResult(BaseModel):
    token: str
    user_id: int
    name: str
    role: str


class PinChange(ApiModel):
    pin: str = Pin
    password: str


def _limited_password_check(request: Request, phone: str, check: Callable[[], T]) -> T:
    """Run a password check under the log-in limits (per phone and per address, shared
    with the log-in page): refused with 429 once either has used up its attempts."""
    limiter: RateLimiter = request.app.state.login_limiter
    keys = login_keys(request, phone)
    if limiter.blocked(*keys):
        raise errors.TooManyLogins("too many wrong passwords: wait a few minutes, then try again")
    try:
        result = check()
    except errors.BadCredentials:
        limiter.fail(*keys)
        raise
    limiter.reset(keys[0])
    return result


@router.post("/login", responses={429: {"description": "Too many wrong passwords"}})
def login(request: Request, body: Login, engine: EngineDep) -> LoginResult:
    def check() -> User:
        with read_transaction(engine) as connection:
            return authenticate(connection, body.phone, body.password)

    user = _limited_password_check(request, body.phone, check)
    token = write_transaction(
        engine, lambda c: tokens.issue_token(c, user.id, "login", actor=f"user:{user.id}")
    )
    return LoginResult(token=token, user_id=user.id, name=user.name, role=user.role)


@router.post("/logout", status_code=204)
def logout(user: CurrentUser, engine: EngineDep, authorization: Annotated[str, Header()]) -> None:
    token = authorization.partition(" ")[2]
    write_transaction(engine, lambda c: tokens.revoke_presented(c, token, f"user:{user.id}"))


@router.put("/pin", status_code=204, responses={429: {"description": "Too many wrong passwords"}})
def set_pin(request: Request, body: PinChange, user: CurrentUser, engine: EngineDep) -> None:
    """Set or change the payment PIN; the password confirms it is really the user."""

    def change(connection: Connection) -> None:
        authenticate(connection, user.phone, body.password)
        pins.set_pin(connection, user.id, body.pin)

    _limited_password_check(request, user.phone, lambda: write_transaction(engine, change))
