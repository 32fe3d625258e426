"""Creating users and checking their passwords (Argon2id, ``auth.hashing``).

``authenticate`` hashes: call it in a worker thread, outside any write transaction."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from thungngoen import audit
from thungngoen.auth import errors
from thungngoen.auth.hashing import (
    UNUSABLE_PASSWORD as UNUSABLE_PASSWORD,
)
from thungngoen.auth.hashing import (
    HashedPassword,
    hash_password,
    verify_password,
)
from thungngoen.auth.tables import ROLES, users
from thungngoen.clock import utc_now
from thungngoen.thai import normalize_phone

MIN_PASSWORD_LENGTH = 8


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
    password: str | HashedPassword | None,
    actor: str,
) -> User:
    """``password=None`` creates a user who cannot log in (``UNUSABLE_PASSWORD``). A door
    passes a ``HashedPassword`` (hashed before the transaction, length checked there)."""
    phone = normalize_phone(phone)
    if role not in ROLES:
        raise errors.AuthError(f"role must be one of {', '.join(ROLES)}")
    if isinstance(password, str) and len(password) < MIN_PASSWORD_LENGTH:
        raise errors.AuthError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    if not name.strip():
        raise errors.AuthError("a user needs a name")
    if connection.execute(select(users.c.id).where(users.c.phone == phone)).first():
        raise errors.DuplicatePhone("this phone number is already registered")
    values: dict[str, Any] = {
        "phone": phone,
        "name": name.strip(),
        "role": role,
        "password_hash": _stored(password),
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


def _stored(password: str | HashedPassword | None) -> str:
    if password is None:
        return UNUSABLE_PASSWORD
    return (password if isinstance(password, HashedPassword) else hash_password(password)).value


def authenticate(connection: Connection, phone: str, password: str) -> User:
    """The user with this phone and password, or ``BadCredentials`` (same time either way)."""
    try:
        phone = normalize_phone(phone)
    except ValueError:
        phone = ""
    row = connection.execute(select(users).where(users.c.phone == phone)).first()
    matches = verify_password(row.password_hash if row else UNUSABLE_PASSWORD, password)
    if row is None or not matches or row.status != "active":
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
