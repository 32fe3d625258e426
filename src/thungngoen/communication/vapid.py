"""The server's VAPID key (RFC 8292): it signs, for each push, a short-lived JWT (ES256)
naming the push service's origin, so push services know who sends and browsers accept
only pushes signed by the key their subscription was made with.

``THUNGNGOEN_VAPID_PRIVATE_KEY`` gives it (PEM, or the 32 raw bytes in base64url) with
``THUNGNGOEN_VAPID_SUBJECT`` (``mailto:`` the operator). Without one, development makes a
key once, ``vapid.pem`` beside the secret key, and says so loudly; production never makes
one up (a new key would silently cut off every browser subscribed with the old): it then
sends no Web Push."""

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from py_vapid import Vapid02, VapidException  # type: ignore[import-untyped]

from thungngoen import keyring
from thungngoen.communication.push_subscriptions import b64url, b64url_decode
from thungngoen.config import Settings

KEY_FILE_NAME = "vapid.pem"
DEVELOPMENT_SUBJECT = "mailto:operator@thungngoen.local"
JWT_LIFETIME_SECONDS = 12 * 3600
"""Half the 24 hours RFC 8292 allows, so a clock a little off still passes."""


class VapidError(RuntimeError):
    """The VAPID key or subject cannot be used; the message says why, in Thai and English."""


@dataclass(frozen=True, slots=True)
class VapidKey:
    private: ec.EllipticCurvePrivateKey
    subject: str
    source: str

    @property
    def public_key(self) -> str:
        """What a page gives ``pushManager.subscribe`` (applicationServerKey)."""
        point = self.private.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
        return b64url(point)

    def authorization(self, audience: str, now: float) -> str:
        """``vapid t=<JWT>, k=<public key>`` for a push service at origin ``audience``."""
        claims = {"aud": audience, "exp": int(now) + JWT_LIFETIME_SECONDS, "sub": self.subject}
        try:
            signed: dict[str, str] = Vapid02(self.private).sign(claims)
        except VapidException as error:
            raise VapidError(f"VAPID: {error}") from error
        return signed["Authorization"]


def parse_private_key(text: str) -> ec.EllipticCurvePrivateKey:
    text = text.strip()
    try:
        if text.startswith("-----BEGIN"):
            key = serialization.load_pem_private_key(text.encode(), password=None)
        else:
            raw = b64url_decode(text)
            if len(raw) != 32:
                raise ValueError(f"{len(raw)} bytes, not 32")
            key = ec.derive_private_key(int.from_bytes(raw, "big"), ec.SECP256R1())
    except ValueError as error:
        raise VapidError(
            f"กุญแจ VAPID ใช้ไม่ได้ / the VAPID private key cannot be read ({error}):"
            " give a P-256 key as PEM or as 32 bytes in base64url"
        ) from error
    if not isinstance(key, ec.EllipticCurvePrivateKey) or key.curve.name != "secp256r1":
        raise VapidError("กุญแจ VAPID ต้องเป็น P-256 / the VAPID key must be a P-256 (EC) key")
    return key


def key_file(database_url: str) -> Path:
    return keyring.default_key_file(database_url).with_name(KEY_FILE_NAME)


def load_vapid(settings: Settings, database_url: str, *, create: bool = True) -> VapidKey | None:
    """The settings' key; in development the one beside the secret key (made if missing
    and ``create``); ``None`` when there is none (production sends no Web Push then)."""
    production = settings.environment == "production"
    subject = settings.vapid_subject or ("" if production else DEVELOPMENT_SUBJECT)
    if settings.vapid_private_key:
        source, text = "environment", settings.vapid_private_key
    elif production:
        return None
    else:
        path = key_file(database_url)
        if not path.exists():
            if not create:
                return None
            _create_development_key(path)
        source, text = str(path), path.read_text()
    if not subject:
        raise VapidError(
            "โหมดใช้งานจริงต้องกำหนด THUNGNGOEN_VAPID_SUBJECT / production needs"
            " THUNGNGOEN_VAPID_SUBJECT (mailto: the operator) with a VAPID key"
        )
    key = VapidKey(parse_private_key(text), subject, source)
    key.authorization("https://push.example.org", 0)  # a subject py_vapid refuses fails now
    return key


def _create_development_key(path: Path) -> None:
    pem = ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    draft = path.with_name(f"{path.name}.{os.getpid()}")
    fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(pem)
    try:
        os.link(draft, path)  # atomic: the first process to publish wins
        keyring.loudly(
            f"สร้างกุญแจ VAPID ใหม่ (โหมดพัฒนา) ที่ {path} — ถ้าเปลี่ยน เบราว์เซอร์ที่สมัครไว้ต้องสมัครใหม่ /"
            f" generated a NEW Web Push (VAPID) key (development mode) at {path}; changing it"
            " cuts off every subscribed browser. Production refuses to do this."
        )
    except FileExistsError:
        pass
    finally:
        draft.unlink()


_loaded: dict[tuple[str, str | None, str | None, str], VapidKey | None] = {}


def vapid_for(settings: Settings, database_url: str) -> VapidKey | None:
    """``load_vapid``, once per process for the same settings and database."""
    memo = (
        database_url,
        settings.vapid_private_key,
        settings.vapid_subject,
        settings.environment,
    )
    if memo not in _loaded:
        _loaded[memo] = load_vapid(settings, database_url)
    return _loaded[memo]
