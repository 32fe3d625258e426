"""Runtime settings, read from the environment (prefix ``THUNGNGOEN_``) or a ``.env`` file."""

from functools import lru_cache
from typing import Literal

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="THUNGNGOEN_", env_file=".env", extra="ignore")

    database_url: str = "sqlite:///var/thungngoen.db"
    sqlite_synchronous: Literal["OFF", "NORMAL", "FULL", "EXTRA"] = "FULL"
    sqlite_busy_timeout_ms: int = 30_000
    write_retries: int = 12


@lru_cache
def get_settings() -> Settings:
    return Settings()
