"""Keyed digests of ledger rows and seal blocks (docs/decisions/0017).

A transfer's digest is the keyed BLAKE2b-256 (a MAC: RFC 7693's keyed mode), under a key
derived from the database's own key, of every column of its row: the ``repr`` of the
plain columns (integers, text and ``None``, whose ``repr`` is exact) and the times as
integer microseconds, then the metadata as canonical JSON (sorted keys, no spaces). The
writer computes it from the values it is about to insert — no other row is read — so it
adds no statement, no round trip and no lock. ``verify`` recomputes it from what the
database returns: any edit of a committed row by someone without the server secret shows.
"""

import hashlib
import hmac
import json
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from json.encoder import c_make_encoder, encode_basestring_ascii  # type: ignore[attr-defined]
from operator import itemgetter
from typing import Any

from thungngoen import keyring

_PLAIN_FIELDS = (
    "id",
    "kind",
    "debit_account_id",
    "credit_account_id",
    "currency",
    "amount",
    "purpose",
    "memo",
    "idempotency_key",
    "payload_hash",
    "batch_id",
    "pending_id",
    "reverses_id",
    "debit_previous_id",
    "credit_previous_id",
    "debit_balance_after",
    "credit_balance_after",
)
DIGEST_FIELDS = (*_PLAIN_FIELDS, "meta", "created_at", "expires_at")
"""Every column of ``ledger_transfers`` but the digest itself. The message is
``repr(("v2", *plain fields, created, expires))``, times as integer microseconds since
1970 UTC, followed by the metadata's canonical JSON when there is metadata."""

_VERSION = "v2"
_PICK = itemgetter(*_PLAIN_FIELDS)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)
_NESTED = (dict, list, tuple)
_ENCODE = json.JSONEncoder(sort_keys=True, separators=(",", ":")).encode
_C_ENCODE = (
    c_make_encoder(None, None, encode_basestring_ascii, None, ":", ",", True, False, True)
    if c_make_encoder
    else None
)
"""CPython's C encoder with ``_ENCODE``'s settings, built once: ``JSONEncoder.encode``
builds one per call, which was a third of a digest's cost."""


def _canonical_json(value: Any) -> str:
    return "".join(_C_ENCODE(value, 0)) if _C_ENCODE else _ENCODE(value)


@lru_cache(maxsize=8)
def _derive(secret: bytes) -> bytes:
    return hmac.digest(secret, b"thungngoen/ledger-digest/v1", "sha256")


def ledger_key() -> bytes:
    """The key of the ledger's digests: derived from the database's own key
    (``keyring.data_key``, which a rotation keeps: decision 0019), never the key itself;
    looked up on every call so that the key a start activates is seen."""
    return _derive(keyring.data_key())


def key_id(key: bytes) -> str:
    """A fingerprint naming ``key`` on each seal, without revealing it."""
    return hmac.digest(key, b"key id", "sha256")[:8].hex()


def transfer_digest(row: Mapping[Any, Any], key: bytes | None = None) -> str:
    """The digest of a transfer row as inserted or as read back (hex)."""
    meta, created, expires = row["meta"], row["created_at"], row["expires_at"]
    if meta and not _plain(meta):
        meta = json.loads(json.dumps(meta))
    fields = repr(
        (
            _VERSION,
            *_PICK(row),
            (created - _EPOCH) // _MICROSECOND,
            None if expires is None else (expires - _EPOCH) // _MICROSECOND,
        )
    )
    message = fields + _canonical_json(meta) if meta else fields
    return _mac(key or ledger_key(), message.encode()).hexdigest()


def _mac(key: bytes, message: bytes = b"") -> "hashlib.blake2b":
    return hashlib.blake2b(message, key=key, digest_size=32)


def _plain(value: Any) -> bool:
    """Whether ``value`` reads back from JSON as it is: every mapping key is text (JSON
    turns other keys into text, which would sort differently)."""
    if isinstance(value, dict):
        for k, v in value.items():
            if type(k) is not str or (isinstance(v, _NESTED) and not _plain(v)):
                return False
        return True
    if isinstance(value, _NESTED):
        return all(_plain(v) for v in value if isinstance(v, _NESTED))
    return True


def block_hasher(key: bytes, header: Mapping[str, Any]) -> "hashlib.blake2b":
    """The running MAC of a seal block: its header, then its transfers' digests."""
    return _mac(key, _ENCODE([_VERSION, dict(header)]).encode())
