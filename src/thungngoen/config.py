"""Runtime settings, read from the environment (prefix ``THUNGNGOEN_``) or a ``.env`` file."""

from functools import lru_cache
from typing import Literal

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="THUNGNGOEN_", env_file=".env", extra="ignore")

    environment: Literal["development", "production"] = "development"
    """``production`` refuses to start without a strong secret key given explicitly
    (``thungngoen.keyring``; decision 0019)."""
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
    """The current server secret: signs payment links and codes and peppers PINs."""
    old_secret_keys: str = ""
    """Retired-but-still-needed secrets, separated by commas or spaces (key rotation)."""
    secret_key_file: str | None = None
    """A key-ring file (current key first, older keys after, one a line) used when
    ``secret_key`` is unset. Unset: ``secret.key`` beside the SQLite database (development
    only; production must name the file or give the key)."""
    public_url: str = "http://127.0.0.1:8000"
    """Where people reach this server: the links in emails and messages start with it."""
    smtp_url: str | None = None
    """``smtp://[user:password@]host[:port]`` (``smtps://`` for TLS): email is sent when set."""
    mail_from: str = "Thung Ngoen <noreply@thungngoen.local>"
    smtp_per_second: float = 5.0
    """Messages a second to the SMTP relay: a relay's own limit (no standard figure), so
    a setting; 5 suits a small provider's account."""
    line_channel_token: str | None = None
    """The LINE Official Account's channel access token: LINE messages are sent when set."""
    line_channel_secret: str | None = None
    """Checks the ``x-line-signature`` of every webhook call (refused without it)."""
    line_api: str = "https://api.line.me"
    line_per_second: float = 2_000.0
    """LINE's rate limit for pushes (one person a request), per channel: 2,000 a second."""
    line_multicast_per_second: float = 200.0
    """LINE's rate limit for multicasts (up to 500 people a request): 200 a second."""
    sms_api: str | None = None
    """The SMS gateway's address (``channels/sms.py`` names its contract): SMS sent when set."""
    sms_key: str = ""
    sms_per_second: float = 10.0
    """Messages a second to the SMS gateway (its contract says; 10 is a common default)."""
    sms_gateway_idempotent: bool = False
    """Whether the gateway drops a repeated ``reference`` (then a resend arrives once)."""
    vapid_private_key: str | None = None
    """The Web Push (VAPID) signing key: a P-256 private key as PEM or as its 32 raw bytes
    in base64url. Unset: development makes one beside the secret key; production sends no
    Web Push (``communication/vapid.py``)."""
    vapid_subject: str | None = None
    """Who runs this server, for the push services: ``mailto:`` the operator (required in
    production with a VAPID key)."""
    webpush_per_second: float = 50.0
    webpush_ttl_seconds: int = 86_400
    """How long a push service keeps a message for a phone that is off (then drops it)."""


@lru_cache
def get_settings() -> Settings:
    return Settings()
