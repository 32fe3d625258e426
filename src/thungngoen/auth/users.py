"""Creating users and checking their passwords (Argon2id)."""

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, insert, select, update

from thungngoen import audit
from thungngoen.auth import errors
from thungngoen.auth.tables import ROLES, users
from thungngoen.clock import utc_now
from thungngoen.config import get_settings
from thungngoen.thai import normalize_phone


@cache
def _hasher() -> PasswordHasher:
    settings = get_settings()
    return PasswordHasher(
        time_cost=settings.argon2_time_cost, memory_cost=settings.argon2_memory_kib
    )


@cache
def _dummy_hash() -> str:
    return _hasher().hash("timing equaliser")


MIN_PASSWORD_LENGTH = 8
UNUSABLE_PASSWORD = "!"
"""Stored for a user created without a password (the simulator's synthetic people): it is
no Argon2 hash, so no password ever verifies against it and they cannot log in."""


@dataclass(frozen=True, slots=True)
class User:
    id: int
    phone: str
    name: str
    role: str
    status: str
    created_at: datetime


def _user(row: object) -> User:
    mapping = row._mapping  # type: ignore[attr-defined]
    return User(**{key: mapping[key] for key in User.__slots__})


def create_user(
    connection: Connection,
    *,
    phone: str,
    name: str,
    role: str,
    password: str | None,
    actor: str,
) -> User:
    """``password=None`` creates a user who cannot log in (``UNUSABLE_PASSWORD``)."""
    phone = normalize_phone(phone)
    if role not in ROLES:
        raise errors.AuthError(f"role must be one of {', '.join(ROLES)}")
    if password is not None and len(password) < MIN_PASSWORD_LENGTH:
        raise errors.AuthError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    if not name.strip():
        raise errors.AuthError("a user needs a name")
    if connection.execute(select(users.c.id).where(users.c.phone == phone)).first():
        raise errors.DuplicatePhone("this phone number is already registered")
    values: dict[str, Any] = {
        "phone": phone,
        "name": name.strip(),
        "role": role,
        "password_hash": UNUSABLE_PASSWORD if password is None else _hasher().hash(password),
        "status": "active",
        "created_at": utc_now(),
    }
    user_id = connection.execute(insert(users).returning(users.c.id), values).scalar_one()
    user = User(user_id, phone, name.strip(), role, "active", values["created_at"])
    audit.record(
        connection,
        actor=actor,
        action="user.create",
        subject_type="user",
        subject_id=user_id,
        after={"phone": phone, "name": user.name, "role": role},
    )
    return user


def authenticate(connection: Connection, phone: str, password: str) -> User:
    """The user with this phone and password, or ``BadCredentials`` (same time either way)."""
    try:
        phone = normalize_phone(phone)
    except ValueError:
        phone = ""
    row = connection.execute(select(users).where(users.c.phone == phone)).first()
    stored = row.password_hash if row else UNUSABLE_PASSWORD
    try:
        _hasher().verify(_dummy_hash() if stored == UNUSABLE_PASSWORD else stored, password)
    except (VerificationError, InvalidHashError):
        raise errors.BadCredentials("wrong phone number or password") from None
    if row is None or stored == UNUSABLE_PASSWORD or row.status != "active":
        raise errors.BadCredentials("wrong phone number or password")
    return _user(row)


def get_user(connection: Connection, user_id: int) -> User:
    row = connection.execute(select(users).where(users.c.id == user_id)).first()
    if row is None:
        raise errors.AuthError(f"user {user_id} does not exist")
    return _user(row)


def find_by_phone(connection: Connection, phone: str) -> User | None:
    row = connection.execute(select(users).where(users.c.phone == normalize_phone(phone))).first()
    return None if row is None else _user(row)


def change_password(
    connection: Connection, user_id: int, old_password: str, new_password: str
) -> None:
    user = get_user(connection, user_id)
    authenticate(connection, user.phone, old_password)
    if len(new_password) < MIN_PASSWORD_LENGTH:
        raise errors.AuthError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    connection.execute(
        update(users)
        .where(users.c.id == user_id)
        .values(password_hash=_hasher().hash(new_password))
    )
    audit.record(
        connection,
        actor=f"user:{user_id}",
        action="user.change_password",
        subject_type="user",
        subject_id=user_id,
    )
