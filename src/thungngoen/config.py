"""Runtime settings, read from the environment (prefix ``THUNGNGOEN_``) or a ``.env`` file."""

import contextlib
import os
import secrets
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="THUNGNGOEN_", env_file=".env", extra="ignore")

    database_url: str = "sqlite:///var/thungngoen.db"
    sqlite_synchronous: Literal["OFF", "NORMAL", "FULL", "EXTRA"] = "FULL"
    sqlite_busy_timeout_ms: int = 30_000
    write_retries: int = 12
    argon2_time_cost: int = 3
    argon2_memory_kib: int = 65_536
    """Argon2id cost of password hashes (the tests lower it: they hash hundreds)."""
    password_hash_concurrency: int = 2
    password_hash_queue: int = 8
    password_hash_wait_seconds: float = 5.0
    """At most this many password hashes at once, this many waiting, this long each
    (``auth.hash_gate``): beyond that a log-in is refused with 503 and ``Retry-After``."""
    secret_key: str | None = None
    """Signs payment links and codes and peppers PINs; generated under var/ if unset."""
    secret_key_file: str = "var/secret.key"


@lru_cache
def get_settings() -> Settings:
    return Settings()


@lru_cache
def secret_key() -> bytes:
    """The server secret: from the settings, else a random one kept in a private file."""
    settings = get_settings()
    if settings.secret_key:
        return settings.secret_key.encode()
    path = Path(settings.secret_key_file)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        draft = path.with_name(f"{path.name}.{os.getpid()}")
        draft.write_text(secrets.token_urlsafe(48))
        draft.chmod(0o600)
        with contextlib.suppress(FileExistsError):
            os.link(draft, path)  # atomic: the first process to publish wins
        draft.unlink()
    return path.read_text().strip().encode()
