"""Page sessions and API tokens: shown once, stored as SHA-256, each of one ``kind``.

A page session lives in the ``tn_session`` cookie and is refused as a bearer token; an API
token is refused as a cookie (decision 0018). Every token ends at ``expires_at``; a
session also at ``idle_expires_at`` unless renewed (``auth.sessions``)."""

import hashlib
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, or_, select

from thungngoen import audit
from thungngoen.auth import errors, token_cache
from thungngoen.auth.revocation import revoke_token as revoke_token
from thungngoen.auth.tables import api_tokens
from thungngoen.auth.token_cache import Seen
from thungngoen.auth.users import get_user
from thungngoen.clock import utc_now

PREFIX = "tn_"
SESSION, API = "session", "api"
API_TOKEN_DAYS = 90
MAX_API_TOKEN_DAYS = 365
GRACE = timedelta(seconds=60)
"""How long a session's previous id still serves after a renewal: the requests a page
sent before the new cookie arrived."""


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> str:
    return PREFIX + secrets.token_urlsafe(32)


@dataclass(frozen=True, slots=True)
class Issued:
    token: str
    token_id: int
    expires_at: datetime


def issue(connection: Connection, user_id: int, name: str, actor: str, **lifetime: Any) -> Issued:
    """A new token of ``kind``, ``expires_at`` and (sessions) ``idle_expires_at``."""
    token = new_token()
    values = {"user_id": user_id, "name": name, "token_hash": hash_token(token), **lifetime}
    values["created_at"] = utc_now()
    token_id = connection.execute(
        insert(api_tokens).returning(api_tokens.c.id), values
    ).scalar_one()
    audit.record(
        connection,
        actor=actor,
        action="token.issue",
        subject_type="api_token",
        subject_id=token_id,
        after={"user_id": user_id, "name": name, "kind": lifetime["kind"]},
    )
    return Issued(token, token_id, lifetime["expires_at"])


def issue_api_token(
    connection: Connection, user_id: int, name: str, actor: str, days: int = API_TOKEN_DAYS
) -> Issued:
    if not 1 <= days <= MAX_API_TOKEN_DAYS:
        raise errors.AuthError(f"an API token lives 1 to {MAX_API_TOKEN_DAYS} days")
    expires_at = utc_now() + timedelta(days=days)
    return issue(connection, user_id, name, actor, kind=API, expires_at=expires_at)


def issue_token(connection: Connection, user_id: int, name: str, actor: str) -> str:
    """An API token of the default lifetime (integrations, the bench)."""
    return issue_api_token(connection, user_id, name, actor).token


def cached(token: str, kind: str) -> Seen | None:
    """The live ``kind`` token as resolved in this process a few seconds ago, if it was."""
    seen = token_cache.recall(hash_token(token))
    return seen if seen is not None and seen.kind == kind else None


def resolve(connection: Connection, token: str, kind: str) -> Seen:
    """The live token of ``kind`` (its current or, within ``GRACE``, its previous id)."""
    started, digest = time.monotonic(), hash_token(token)
    row = connection.execute(
        select(api_tokens).where(
            or_(api_tokens.c.token_hash == digest, api_tokens.c.previous_hash == digest)
        )
    ).first()
    if row is None or row.revoked_at is not None:
        raise errors.BadCredentials("unknown or revoked token")
    user = get_user(connection, row.user_id)
    if user.status != "active":
        raise errors.BadCredentials("unknown or revoked token")
    if row.kind != kind:
        raise errors.WrongTokenKind(_WRONG_KIND[kind])
    seen = _seen(row, user, current=row.token_hash == digest)
    if not seen.live():
        raise errors.TokenExpired("this session or token has expired: log in again")
    token_cache.remember(digest, seen, started)
    return seen


_WRONG_KIND = {
    API: "a page session is no API token: log in through /api/v1/auth/login",
    SESSION: "an API token is no page session: log in on the log-in page",
}


def _seen(row: Any, user: Any, current: bool) -> Seen:
    ends = [row.expires_at]
    renew_after = None
    if not current:
        ends.append(row.rotated_at + GRACE)
    elif row.idle_expires_at is not None:
        ends.append(row.idle_expires_at)
        started = row.rotated_at or row.created_at
        renew_after = started + (row.idle_expires_at - started) / 2
    return Seen(row.id, row.kind, user, min(ends), row.expires_at, renew_after)


def revoke_presented(connection: Connection, token: str, actor: str) -> None:
    """Log out: revoke the token (or session) the caller presented."""
    digest = hash_token(token)
    row = connection.execute(
        select(api_tokens.c.id).where(
            or_(api_tokens.c.token_hash == digest, api_tokens.c.previous_hash == digest)
        )
    ).first()
    if row is not None:
        revoke_token(connection, row.id, actor)


@dataclass(frozen=True, slots=True)
class ApiToken:
    id: int
    name: str
    created_at: datetime
    expires_at: datetime


def live_api_tokens(connection: Connection, user_id: int) -> list[ApiToken]:
    rows = connection.execute(
        select(api_tokens.c.id, api_tokens.c.name, api_tokens.c.created_at, api_tokens.c.expires_at)
        .where(api_tokens.c.user_id == user_id, api_tokens.c.kind == API)
        .where(api_tokens.c.revoked_at.is_(None), api_tokens.c.expires_at > utc_now())
        .order_by(api_tokens.c.id)
    )
    return [ApiToken(*row) for row in rows]


def revoke_own_api_token(connection: Connection, user_id: int, token_id: int) -> None:
    """The user revokes one of their API tokens (another user's is unknown to them)."""
    if token_id not in {token.id for token in live_api_tokens(connection, user_id)}:
        raise errors.UnknownToken(f"no live API token {token_id} of yours")
    revoke_token(connection, token_id, actor=f"user:{user_id}")
