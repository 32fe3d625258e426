"""Password hashes (Argon2id), every one computed through the process-wide ``HashGate``."""

from dataclasses import dataclass
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from thungngoen.auth.hash_gate import HashGate
from thungngoen.config import get_settings

UNUSABLE_PASSWORD = "!"
"""Stored for a user created without a password (the simulator's synthetic people): it is
no Argon2 hash, so no password ever verifies against it and they cannot log in."""


@dataclass(frozen=True, slots=True)
class HashedPassword:
    """A password hashed before its write transaction (in a worker thread, through the
    gate), so that the engine's writer thread never hashes."""

    value: str


@cache
def _hasher() -> PasswordHasher:
    settings = get_settings()
    return PasswordHasher(
        time_cost=settings.argon2_time_cost, memory_cost=settings.argon2_memory_kib
    )


@cache
def gate() -> HashGate:
    settings = get_settings()
    return HashGate(
        settings.password_hash_concurrency,
        settings.password_hash_queue,
        settings.password_hash_wait_seconds,
    )


@cache
def _dummy_hash() -> str:
    with gate().slot():
        return _hasher().hash("timing equaliser")


def hash_password(password: str) -> HashedPassword:
    with gate().slot():
        return HashedPassword(_hasher().hash(password))


def verify_password(stored: str, password: str) -> bool:
    """Whether ``password`` matches ``stored``; an unusable hash costs the same time."""
    usable = stored != UNUSABLE_PASSWORD
    target = stored if usable else _dummy_hash()
    with gate().slot():
        try:
            _hasher().verify(target, password)
        except (VerificationError, InvalidHashError):
            return False
    return usable
