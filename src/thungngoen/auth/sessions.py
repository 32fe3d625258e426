"""Page sessions: how long they live by role, opening one, renewing (rotating) one.

Staff who move or watch money (operator, auditor, agent) get 30 idle minutes within 12
hours; members and merchants 7 idle days within 30 (decision 0018). A session presented
after half its idle window is renewed: a new id (the cookie), a fresh idle window, the same
absolute end. So an active user's session costs one write per half window, not per request.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, update

from thungngoen.auth import token_cache, tokens
from thungngoen.auth.notifications import tell_login
from thungngoen.auth.tables import api_tokens
from thungngoen.auth.token_cache import Seen
from thungngoen.clock import utc_now


@dataclass(frozen=True, slots=True)
class Policy:
    idle: timedelta
    lifetime: timedelta


STAFF_POLICY = Policy(idle=timedelta(minutes=30), lifetime=timedelta(hours=12))
PEOPLE_POLICY = Policy(idle=timedelta(days=7), lifetime=timedelta(days=30))
STAFF_ROLES = ("operator", "auditor", "agent")


def policy_for(role: str) -> Policy:
    return STAFF_POLICY if role in STAFF_ROLES else PEOPLE_POLICY


@dataclass(frozen=True, slots=True)
class NewSession:
    """The cookie to set: the token and how many seconds the browser keeps it."""

    token: str
    max_age: int


def _max_age(idle_until: datetime, now: datetime) -> int:
    return max(int((idle_until - now).total_seconds()), 1)


def open_session(connection: Connection, user_id: int, role: str, actor: str) -> NewSession:
    """A new page session (log-in, sign-up, a password change)."""
    policy, now = policy_for(role), utc_now()
    idle_until = now + policy.idle
    issued = tokens.issue(
        connection,
        user_id,
        "web",
        actor,
        kind=tokens.SESSION,
        expires_at=now + policy.lifetime,
        idle_expires_at=idle_until,
    )
    return NewSession(issued.token, _max_age(idle_until, now))


def log_in(connection: Connection, user_id: int, role: str, actor: str, device: str) -> NewSession:
    """A session opened by a log-in with a password: the person is told (in the app and on
    their channels) when and from what device, as Thai banking apps do."""
    tell_login(connection, user_id, device, utc_now())
    return open_session(connection, user_id, role, actor)


def renew(connection: Connection, seen: Seen, token: str) -> NewSession | None:
    """Rotate the session ``token`` names (due for renewal); None when a concurrent
    request renewed it first (``token`` then serves out its grace)."""
    now, new = utc_now(), tokens.new_token()
    idle_until = min(now + policy_for(seen.user.role).idle, seen.expires_at)
    old = tokens.hash_token(token)
    renewed = connection.execute(
        update(api_tokens)
        .where(api_tokens.c.id == seen.token_id, api_tokens.c.token_hash == old)
        .where(api_tokens.c.revoked_at.is_(None))
        .values(
            token_hash=tokens.hash_token(new),
            previous_hash=old,
            rotated_at=now,
            idle_expires_at=idle_until,
        )
    )
    if renewed.rowcount != 1:
        return None
    token_cache.forget(old)
    return NewSession(new, _max_age(idle_until, now))
