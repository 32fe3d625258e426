"""Sealing the lookup key under a secret key: encrypt-then-MAC with HMAC-SHA256 only.

The keystream is HMAC(key, nonce ‖ counter) (HMAC as a PRF, a fresh random nonce each
time), the tag HMAC over nonce and ciphertext: a wrong key or a changed byte gives
``None``, never a wrong lookup key. No new dependency for 32-to-64-byte secrets.
"""

import hashlib
import hmac
import secrets

NONCE = 16
TAG = 16


def _stream(key: bytes, nonce: bytes, length: int) -> bytes:
    blocks = (
        hmac.digest(key, b"thungngoen.wrap:" + nonce + i.to_bytes(4, "big"), hashlib.sha256)
        for i in range((length + 31) // 32)
    )
    return b"".join(blocks)[:length]


def _tag(key: bytes, data: bytes) -> bytes:
    return hmac.digest(key, b"thungngoen.wrap-tag:" + data, hashlib.sha256)[:TAG]


def wrap(key: bytes, secret: bytes) -> bytes:
    nonce = secrets.token_bytes(NONCE)
    body = bytes(a ^ b for a, b in zip(secret, _stream(key, nonce, len(secret)), strict=True))
    return nonce + body + _tag(key, nonce + body)


def unwrap(key: bytes, sealed: bytes) -> bytes | None:
    """The wrapped secret, or None if ``sealed`` was not wrapped under ``key`` (or altered)."""
    nonce, body, tag = sealed[:NONCE], sealed[NONCE:-TAG], sealed[-TAG:]
    if len(sealed) < NONCE + TAG or not hmac.compare_digest(tag, _tag(key, nonce + body)):
        return None
    return bytes(a ^ b for a, b in zip(body, _stream(key, nonce, len(body)), strict=True))
