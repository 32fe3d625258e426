"""The server's secret keys: the current key and the older ones data still needs.

Every PIN hash, QR link, pay code and lookup digest depends on the secret, so a missing or
different key silently breaks them all. Hence (decision 0019): each key has an id, its
fingerprint (``fingerprint``), which the database records (``thungngoen.keys``); new
things use the current key and old ones are still checked with the older keys until
re-keyed; and in production the key must be given explicitly and be strong.
"""

import hashlib
import hmac
import os
import re
import secrets
import sys
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from thungngoen.config import Settings, get_settings

MIN_LENGTH = 32
MIN_DISTINCT = 12
"""A key has at least 32 characters, 12 of them different: ≥ 128 bits if random (what
``generate_key`` makes has 64 characters of base64)."""
KEY_FILE_NAME = "secret.key"


class KeyRingError(RuntimeError):
    """The keys cannot be used; the message says why, in Thai and in English."""


@dataclass(frozen=True, slots=True)
class Key:
    id: str
    secret: bytes


@dataclass(frozen=True, slots=True)
class KeyRing:
    current: Key
    older: tuple[Key, ...]
    source: str
    """Where the keys came from: ``environment`` or the key-ring file's path."""
    file: Path | None = None

    @property
    def keys(self) -> tuple[Key, ...]:
        return (self.current, *self.older)

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(key.id for key in self.keys)

    def find(self, key_id: str) -> Key | None:
        return next((key for key in self.keys if key.id == key_id), None)

    def text(self) -> str:
        """The ring as a key-ring file: the current key first, one key a line."""
        return "".join(f"{key.secret.decode()}\n" for key in self.keys)


def fingerprint(secret: bytes) -> str:
    """A key's public id: 8 bytes of HMAC(key, "fingerprint"); reveals nothing of it."""
    return hmac.new(secret, b"thungngoen.fingerprint", hashlib.sha256).hexdigest()[:16]


def make_key(text: str) -> Key:
    secret = text.strip().encode()
    return Key(fingerprint(secret), secret)


def generate_key() -> str:
    return secrets.token_urlsafe(48)


def weakness(text: str) -> str | None:
    """Why a key is too weak to use in production, or None."""
    if len(text) < MIN_LENGTH:
        return f"{len(text)} characters, fewer than {MIN_LENGTH}"
    if len(set(text)) < MIN_DISTINCT:
        return f"only {len(set(text))} different characters"
    return None


def ring_from_text(text: str, source: str, file: Path | None = None) -> KeyRing:
    """A ring from a key-ring file's text: one key a line, ``#`` comments, current first."""
    lines = [line.strip() for line in text.splitlines()]
    keys = [make_key(line) for line in lines if line and not line.startswith("#")]
    if not keys:
        raise KeyRingError(f"ไฟล์กุญแจว่างเปล่า: {source} / the key-ring file {source} holds no key")
    return KeyRing(keys[0], tuple(keys[1:]), source, file)


def default_key_file(database_url: str) -> Path:
    """``secret.key`` beside a SQLite database; ``var/secret.key`` otherwise (development)."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        return Path(str(url.database)).resolve().parent / KEY_FILE_NAME
    return Path("var", KEY_FILE_NAME).resolve()


def write_ring_file(path: Path, ring_text: str) -> None:
    """Publish a key-ring file readable by its owner only, atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    draft = path.with_name(f"{path.name}.{os.getpid()}.draft")
    fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(ring_text)
    os.replace(draft, path)


def _create_development_key(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    draft = path.with_name(f"{path.name}.{os.getpid()}")
    fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(generate_key() + "\n")
    try:
        os.link(draft, path)  # atomic: the first process to publish wins
        loudly(
            f"สร้างกุญแจลับใหม่ (โหมดพัฒนา) ที่ {path} — ถ้าหายหรือเปลี่ยน PIN และ QR ทั้งหมดใช้ไม่ได้ /"
            f" generated a NEW secret key (development mode) at {path}; losing or changing"
            " it breaks every PIN and QR code. Production refuses to do this."
        )
    except FileExistsError:
        pass
    finally:
        draft.unlink()


_said: set[str] = set()


def loudly(message: str) -> None:
    """Say a warning once per process, on standard error."""
    if message not in _said:
        _said.add(message)
        sys.stderr.write(f"\n*** THUNGNGOEN WARNING: {message}\n\n")


def key_file_for(database_url: str, settings: Settings) -> Path | None:
    """The key-ring file the settings name for this database; None when the keys come
    from the environment. Production never falls back to a default file."""
    if settings.secret_key:
        return None
    if settings.secret_key_file:
        return Path(settings.secret_key_file).expanduser().resolve()
    if settings.environment == "production":
        raise KeyRingError(
            "โหมดใช้งานจริงต้องกำหนด THUNGNGOEN_SECRET_KEY หรือ THUNGNGOEN_SECRET_KEY_FILE /"
            " production needs THUNGNGOEN_SECRET_KEY or THUNGNGOEN_SECRET_KEY_FILE:"
            " it never makes up a key (`thungngoen keys generate` prints a strong one)"
        )
    return default_key_file(database_url)


def _from_settings(settings: Settings, database_url: str, create: bool) -> KeyRing:
    production = settings.environment == "production"
    path = key_file_for(database_url, settings)
    if path is None:
        older = [make_key(k) for k in re.split(r"[\s,]+", settings.old_secret_keys) if k]
        return KeyRing(make_key(str(settings.secret_key)), tuple(older), "environment")
    if not path.exists():
        if production or not create:
            raise KeyRingError(f"ไม่พบไฟล์กุญแจ {path} / the key-ring file {path} does not exist")
        _create_development_key(path)
    if production and path.stat().st_mode & 0o077:
        raise KeyRingError(
            f"ไฟล์กุญแจ {path} ผู้อื่นอ่านได้ (chmod 600) / the key-ring file {path} is readable"
            " by others: chmod 600 it"
        )
    return ring_from_text(path.read_text(), str(path), path)


def check_strength(ring: KeyRing, production: bool) -> None:
    """Production refuses a weak key; development says so loudly."""
    for key in ring.keys:
        reason = weakness(key.secret.decode())
        if reason is None:
            continue
        message = (
            f"กุญแจลับ {key.id} อ่อนเกินไป ({reason}) / the secret key {key.id} is weak"
            f" ({reason}): use `thungngoen keys generate`"
        )
        if production:
            raise KeyRingError(message)
        loudly(message)


def load_ring(
    database_url: str | None = None, settings: Settings | None = None, *, create: bool = True
) -> KeyRing:
    """The ring the settings give for this database; raises ``KeyRingError`` if unusable."""
    settings = settings or get_settings()
    ring = _from_settings(settings, database_url or settings.database_url, create)
    check_strength(ring, settings.environment == "production")
    return ring


_active: list[KeyRing] = []
_data_key: list[bytes] = []


def activate(ring: KeyRing) -> KeyRing:
    """Make ``ring`` the process's keys (the server and each command do, at start)."""
    _active[:] = [ring]
    return ring


def activate_data_key(key: bytes) -> None:
    """Set the database's own key (``keys.lookup_key``: its first secret, kept across
    rotations), which ``data_key`` gives to what must stay verifiable for ever."""
    _data_key[:] = [key]


def data_key() -> bytes:
    """The key of digests that outlive a rotation (the ledger's rows and seals): the
    database's lookup key once ``keys.open_database`` has read it, else the current key —
    the same bytes for a database whose keys were never rotated."""
    return _data_key[0] if _data_key else current_key()


def active_ring() -> KeyRing:
    """The process's keys: those activated at start, else the settings' ones."""
    if not _active:
        _active.append(load_ring())
    return _active[0]


def reset() -> None:
    """Forget the activated keys (after the settings change: tests)."""
    _active.clear()
    _data_key.clear()


def current_key() -> bytes:
    return active_ring().current.secret
