"""Compact signed tokens for QR links and codes: ``<body>.<mac>``, both URL-safe base64.

The body is the JSON ``{"d": payload, "x": expiry}`` where the expiry is whole Unix
seconds, rounded down so a token never outlives the time it was given. The MAC is
HMAC-SHA256 over the body text, keyed by a key derived from the server secret *and the
purpose*, so a token made for one purpose (a payment link) never verifies for another
(a voucher claim). Tokens are signed, not encrypted: anyone holding one can read it.

Tokens are signed with the current key and accepted under any key of the ring, so a key
rotation leaves the links and codes already given out valid (decision 0019); they are
short-lived, so the older key can leave the ring once they have expired.
"""

import base64
import binascii
import hmac
import json
import math
from datetime import datetime
from typing import Any

from thungngoen import keyring
from thungngoen.errors import DomainError

Payload = dict[str, str | int]


class TamperedToken(DomainError):
    code = "tampered_token"


class ExpiredToken(DomainError):
    code = "expired_token"


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _purpose_key(secret: bytes, purpose: str) -> bytes:
    if not purpose:
        raise ValueError("a token needs a purpose")
    return hmac.digest(secret, b"thungngoen.token:" + purpose.encode(), "sha256")


def _mac(secret: bytes, purpose: str, body: str) -> str:
    return _b64encode(hmac.digest(_purpose_key(secret, purpose), body.encode("ascii"), "sha256"))


def _genuine(purpose: str, body: str, mac: str) -> bool:
    """Signed by a key of the ring: the current first (the usual case: one HMAC)."""
    if not body.isascii():
        return False
    given = mac.encode()
    keys = keyring.active_ring().keys
    return any(hmac.compare_digest(given, _mac(k.secret, purpose, body).encode()) for k in keys)


def _timestamp(moment: datetime, name: str) -> float:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime")
    return moment.timestamp()


def sign(purpose: str, payload: Payload, expires_at: datetime) -> str:
    """A token carrying ``payload`` that :func:`verify` accepts for ``purpose`` until expiry."""
    for key, value in payload.items():
        if not isinstance(key, str) or isinstance(value, bool) or not isinstance(value, str | int):
            raise TypeError(f"token payload values are str or int: {key!r}={value!r}")
    expiry = math.floor(_timestamp(expires_at, "expires_at"))
    envelope = {"d": payload, "x": expiry}
    body = _b64encode(
        json.dumps(envelope, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()
    )
    return f"{body}.{_mac(keyring.current_key(), purpose, body)}"


def verify(purpose: str, token: str, now: datetime) -> Payload:
    """The payload of a genuine, unexpired token for this purpose.

    Raises ``TamperedToken`` for anything not signed by us for ``purpose`` (including a
    token for another purpose) and ``ExpiredToken`` from the expiry second onwards.
    """
    current = _timestamp(now, "now")
    body, dot, mac = token.partition(".")
    # Compare the MAC as text: base64 decoders ignore the spare bits of the last
    # character, so comparing decoded bytes would accept altered tokens.
    if not dot or not _genuine(purpose, body, mac):
        raise TamperedToken("this code is not genuine or has been altered")
    try:
        envelope: Any = json.loads(_b64decode(body))
        payload: Payload = envelope["d"]
        expiry = envelope["x"]
    except (binascii.Error, ValueError, KeyError, TypeError) as error:
        # Only reachable if our own signing key signed something malformed.
        raise TamperedToken("this code's contents are unreadable") from error
    if not isinstance(payload, dict) or not isinstance(expiry, int):
        raise TamperedToken("this code's contents are unreadable")
    if current >= expiry:
        raise ExpiredToken("this code has expired")
    return payload
