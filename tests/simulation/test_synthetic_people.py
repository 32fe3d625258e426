"""Simulated people are created without a password (Argon2 for thousands of them would
take minutes): they exist, have wallets, and cannot log in."""

import pytest
from sqlalchemy import Engine, select

from thungngoen.auth import errors
from thungngoen.auth.tables import users
from thungngoen.auth.users import UNUSABLE_PASSWORD, authenticate, create_user
from thungngoen.db import read_transaction, write_transaction
from thungngoen.wallet import people


def test_a_user_without_a_password_cannot_log_in(engine: Engine) -> None:
    member = write_transaction(
        engine,
        lambda c: people.register_member(
            c, phone="0970000001", name="สมชาย ใจดี", password=None, tambon_code="900101"
        ),
    )
    with read_transaction(engine) as connection:
        stored = connection.execute(
            select(users.c.password_hash).where(users.c.id == member.user_id)
        ).scalar_one()
        assert stored == UNUSABLE_PASSWORD
        for attempt in ("", "!", UNUSABLE_PASSWORD, "timing equaliser", "12345678"):
            with pytest.raises(errors.BadCredentials):
                authenticate(connection, "0970000001", attempt)


def test_a_password_given_is_still_checked(engine: Engine) -> None:
    with pytest.raises(errors.AuthError, match="at least 8"):
        write_transaction(
            engine,
            lambda c: create_user(
                c, phone="0970000002", name="x", role="member", password="short", actor="t"
            ),
        )
