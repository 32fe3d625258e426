"""Ending a user's sessions and API tokens, one or all, with the in-process cache emptied."""

from typing import Any

from sqlalchemy import Connection, select, update

from thungngoen import audit
from thungngoen.auth import token_cache
from thungngoen.auth.tables import api_tokens
from thungngoen.clock import utc_now


def revoke_token(connection: Connection, token_id: int, actor: str) -> None:
    token_cache.forget_all()
    connection.execute(
        update(api_tokens)
        .where(api_tokens.c.id == token_id, api_tokens.c.revoked_at.is_(None))
        .values(revoked_at=utc_now())
    )
    audit.record(
        connection,
        actor=actor,
        action="token.revoke",
        subject_type="api_token",
        subject_id=token_id,
    )


def revoke_all(connection: Connection, user_id: int, actor: str, reason: str) -> int:
    """Every live session and API token of the user (a password change, a freeze); returns
    how many. The audit log names the reason once, with the count."""
    token_cache.forget_all()
    live = select(api_tokens.c.id).where(
        api_tokens.c.user_id == user_id, api_tokens.c.revoked_at.is_(None)
    )
    ids = list(connection.execute(live).scalars())
    if ids:
        connection.execute(
            update(api_tokens).where(api_tokens.c.id.in_(ids)).values(revoked_at=utc_now())
        )
    after: dict[str, Any] = {"reason": reason, "revoked": len(ids)}
    audit.record(
        connection,
        actor=actor,
        action="token.revoke_all",
        subject_type="user",
        subject_id=user_id,
        after=after,
    )
    return len(ids)
