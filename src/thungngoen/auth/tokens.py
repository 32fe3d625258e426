"""API tokens for integrations: shown once, stored as SHA-256."""

import hashlib
import secrets
import time

from sqlalchemy import Connection, insert, select, update

from thungngoen import audit
from thungngoen.auth import errors
from thungngoen.auth.tables import api_tokens, users
from thungngoen.auth.users import User, get_user
from thungngoen.clock import utc_now

PREFIX = "tn_"


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(connection: Connection, user_id: int, name: str, actor: str) -> str:
    token = PREFIX + secrets.token_urlsafe(32)
    token_id = connection.execute(
        insert(api_tokens).returning(api_tokens.c.id),
        {"user_id": user_id, "name": name, "token_hash": _hash(token), "created_at": utc_now()},
    ).scalar_one()
    audit.record(
        connection,
        actor=actor,
        action="token.issue",
        subject_type="api_token",
        subject_id=token_id,
        after={"user_id": user_id, "name": name},
    )
    return token


CACHE_SECONDS = 10.0
_recent: dict[str, tuple[float, User]] = {}


def cached_user(token: str) -> User | None:
    """The user a token resolved to in this process less than ``CACHE_SECONDS`` ago.

    Saves a database read per API call; a revoked token stops working here at once and
    in other processes within ``CACHE_SECONDS``."""
    hit = _recent.get(_hash(token))
    if hit is None or time.monotonic() - hit[0] > CACHE_SECONDS:
        return None
    return hit[1]


def user_for_token(connection: Connection, token: str) -> User:
    row = connection.execute(
        select(api_tokens.c.user_id)
        .join(users, users.c.id == api_tokens.c.user_id)
        .where(api_tokens.c.token_hash == _hash(token), api_tokens.c.revoked_at.is_(None))
        .where(users.c.status == "active")
    ).first()
    if row is None:
        raise errors.BadCredentials("unknown or revoked API token")
    user = get_user(connection, row.user_id)
    if len(_recent) > 100_000:
        _recent.clear()
    _recent[_hash(token)] = (time.monotonic(), user)
    return user


def revoke_token(connection: Connection, token_id: int, actor: str) -> None:
    _recent.clear()
    connection.execute(
        update(api_tokens).where(api_tokens.c.id == token_id).values(revoked_at=utc_now())
    )
    audit.record(
        connection,
        actor=actor,
        action="token.revoke",
        subject_type="api_token",
        subject_id=token_id,
    )


def revoke_presented(connection: Connection, token: str, actor: str) -> None:
    """Log out: revoke the token the caller presented."""
    row = connection.execute(
        select(api_tokens.c.id).where(api_tokens.c.token_hash == _hash(token))
    ).first()
    if row is not None:
        revoke_token(connection, row.id, actor)
