"""``/api/v1/auth``: log in for a bearer token, log out, set the payment PIN."""

from typing import Annotated

from fastapi import APIRouter, Header
from pydantic import BaseModel, Field
from sqlalchemy import Connection

from thungngoen.auth import pins, tokens
from thungngoen.auth.users import authenticate
from thungngoen.db import read_transaction, write_transaction
from thungngoen.web.deps import CurrentUser, EngineDep

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


class Login(BaseModel):
    phone: str = Field(examples=["0812345678"])
    password: str


class LoginResult(BaseModel):
    token: str
    user_id: int
    name: str
    role: str


class PinChange(BaseModel):
    pin: str = Field(pattern=r"^[0-9]{6}$")
    password: str


@router.post("/login")
def login(body: Login, engine: EngineDep) -> LoginResult:
    with read_transaction(engine) as connection:
        user = authenticate(connection, body.phone, body.password)
    token = write_transaction(
        engine, lambda c: tokens.issue_token(c, user.id, "login", actor=f"user:{user.id}")
    )
    return LoginResult(token=token, user_id=user.id, name=user.name, role=user.role)


@router.post("/logout", status_code=204)
def logout(user: CurrentUser, engine: EngineDep, authorization: Annotated[str, Header()]) -> None:
    token = authorization.partition(" ")[2]
    write_transaction(engine, lambda c: tokens.revoke_presented(c, token, f"user:{user.id}"))


@router.put("/pin", status_code=204)
def set_pin(body: PinChange, user: CurrentUser, engine: EngineDep) -> None:
    """Set or change the payment PIN; the password confirms it is really the user."""

    def change(connection: Connection) -> None:
        authenticate(connection, user.phone, body.password)
        pins.set_pin(connection, user.id, body.pin)

    write_transaction(engine, change)
