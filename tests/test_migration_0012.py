"""Migration 0012: the tokens issued before it become API tokens expiring in 90 days."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, text

from thungngoen.auth import tokens
from thungngoen.db import read_transaction
from thungngoen.db.migrate import downgrade, upgrade

TOKEN = "tn_issued-before-0012"


def test_an_existing_token_becomes_an_api_token_for_90_days(engine: Engine) -> None:
    downgrade(engine, "0010")
    with engine.begin() as connection:
        user_id = connection.execute(
            text(
                "INSERT INTO auth_users (phone, name, role, password_hash, status, created_at)"
                " VALUES ('+66812345678', 'x', 'member', '!', 'active', :at) RETURNING id"
            ),
            {"at": datetime(2026, 1, 1)},
        ).scalar_one()
        connection.execute(
            text(
                "INSERT INTO auth_api_tokens (user_id, name, token_hash, created_at)"
                " VALUES (:user_id, 'login', :hash, :at)"
            ),
            {"user_id": user_id, "hash": tokens.hash_token(TOKEN), "at": datetime(2026, 1, 1)},
        )
    upgrade(engine)
    with read_transaction(engine) as connection:
        seen = tokens.resolve(connection, TOKEN, tokens.API)
    assert seen.kind == "api"
    lives = seen.expires_at - datetime.now(UTC)
    assert timedelta(days=89) < lives <= timedelta(days=90)
