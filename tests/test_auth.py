"""Passwords, payment PINs (with lock-out) and API tokens."""

import pytest
from sqlalchemy import Connection, Engine, select

from thungngoen.auth import errors, pins, tokens
from thungngoen.auth.guard import with_pin
from thungngoen.auth.tables import payment_pins
from thungngoen.auth.users import User, authenticate, create_user
from thungngoen.db import read_transaction, write_transaction


@pytest.fixture
def user(engine: Engine) -> User:
    def work(connection: Connection) -> User:
        user = create_user(
            connection,
            phone="081-234-5678",
            name="สมศรี ใจดี",
            role="member",
            password="correct horse",
            actor="test",
        )
        pins.set_pin(connection, user.id, "482915")
        return user

    return write_transaction(engine, work)


def test_password_login(engine: Engine, user: User) -> None:
    with read_transaction(engine) as connection:
        assert authenticate(connection, "+66812345678", "correct horse").id == user.id
        with pytest.raises(errors.BadCredentials):
            authenticate(connection, "0812345678", "wrong horse")
        with pytest.raises(errors.BadCredentials):
            authenticate(connection, "0899999999", "correct horse")


def test_duplicate_phone_and_weak_inputs(engine: Engine, user: User) -> None:
    duplicate = lambda c: create_user(  # noqa: E731
        c, phone="0812345678", name="x", role="member", password="12345678", actor="t"
    )
    with pytest.raises(errors.DuplicatePhone):
        write_transaction(engine, duplicate)
    for pin in ("12345", "111111", "123456", "12a456"):
        with pytest.raises(errors.InvalidPin):
            write_transaction(engine, lambda c, pin=pin: pins.set_pin(c, user.id, pin))  # type: ignore[misc]


def test_pin_is_stored_keyed_not_plain(engine: Engine, user: User) -> None:
    with read_transaction(engine) as connection:
        row = connection.execute(select(payment_pins)).one()
    assert "482915" not in row.pin_hash
    assert len(row.pin_hash) == 64


def test_five_wrong_pins_lock_payments_until_reset(engine: Engine, user: User) -> None:
    done: list[int] = []
    for attempt in range(4):
        with pytest.raises(errors.WrongPin, match=f"{4 - attempt} tries left"):
            with_pin(engine, user.id, "000001", lambda c: done.append(1))
    with pytest.raises(errors.PinLocked):
        with_pin(engine, user.id, "000001", lambda c: done.append(1))
    with pytest.raises(errors.PinLocked):
        with_pin(engine, user.id, "482915", lambda c: done.append(1))
    assert done == []
    write_transaction(engine, lambda c: pins.reset_pin(c, user.id, actor="operator:1"))
    with pytest.raises(errors.PinNotSet):
        with_pin(engine, user.id, "482915", lambda c: done.append(1))
    write_transaction(engine, lambda c: pins.set_pin(c, user.id, "730461"))
    assert with_pin(engine, user.id, "730461", lambda c: "paid") == "paid"


def test_a_right_pin_clears_earlier_mistakes(engine: Engine, user: User) -> None:
    for _ in range(3):
        with pytest.raises(errors.WrongPin):
            with_pin(engine, user.id, "000001", lambda c: None)
    with_pin(engine, user.id, "482915", lambda c: None)
    for _ in range(4):
        with pytest.raises(errors.WrongPin):
            with_pin(engine, user.id, "000001", lambda c: None)


def test_api_tokens(engine: Engine, user: User) -> None:
    token = write_transaction(engine, lambda c: tokens.issue_token(c, user.id, "pos", "t"))
    with read_transaction(engine) as connection:
        assert tokens.resolve(connection, token, tokens.API).user.id == user.id
        with pytest.raises(errors.BadCredentials):
            tokens.resolve(connection, token + "x", tokens.API)
    write_transaction(engine, lambda c: tokens.revoke_token(c, 1, "t"))
    with read_transaction(engine) as connection, pytest.raises(errors.BadCredentials):
        tokens.resolve(connection, token, tokens.API)


def test_a_phone_or_pin_in_thai_or_full_width_digits_is_the_same_one(
    engine: Engine, user: User
) -> None:
    duplicate = lambda c: create_user(  # noqa: E731
        c, phone="081234５６７８", name="x", role="member", password="12345678", actor="t"
    )
    with pytest.raises(errors.DuplicatePhone):
        write_transaction(engine, duplicate)
    with read_transaction(engine) as connection:
        assert authenticate(connection, "๐๘๑๒๓๔๕๖๗๘", "correct horse").id == user.id
    write_transaction(engine, lambda c: pins.set_pin(c, user.id, "๗๓๐๔๖๑"))
    write_transaction(engine, lambda c: pins.check_pin(c, user.id, "730461"))
    write_transaction(engine, lambda c: pins.check_pin(c, user.id, "７３０４６１"))
    with pytest.raises(errors.WrongPin):
        write_transaction(engine, lambda c: pins.check_pin(c, user.id, "730462"))


def test_a_locked_pin_cannot_be_replaced_until_the_operator_resets_it(
    engine: Engine, user: User
) -> None:
    for _ in range(5):
        write_transaction(engine, lambda c: pins.record_failed_attempt(c, user.id))
    with pytest.raises(errors.PinLocked):
        write_transaction(engine, lambda c: pins.set_pin(c, user.id, "730461"))
    with pytest.raises(errors.PinLocked):
        write_transaction(engine, lambda c: pins.check_pin(c, user.id, "482915"))
    write_transaction(engine, lambda c: pins.reset_pin(c, user.id, actor="operator:1"))
    write_transaction(engine, lambda c: pins.set_pin(c, user.id, "730461"))
    write_transaction(engine, lambda c: pins.check_pin(c, user.id, "730461"))
