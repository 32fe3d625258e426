"""Keyed digests of ledger rows and seal blocks (docs/decisions/0017).

A transfer's digest is the HMAC-SHA256, under a key derived from the server secret, of
the canonical JSON of every column of its row. The writer computes it from the values
it is about to insert — no other row is read — so it adds no statement, no round trip
and no lock. ``verify`` recomputes it from what the database returns: any edit of a
committed row by someone without the server secret shows.
"""

import hashlib
import hmac
import json
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from operator import itemgetter
from typing import Any

from thungngoen.config import secret_key

DIGEST_FIELDS = (
    "id",
    "kind",
    "debit_account_id",
    "credit_account_id",
    "currency",
    "amount",
    "purpose",
    "memo",
    "meta",
    "created_at",
    "idempotency_key",
    "payload_hash",
    "batch_id",
    "pending_id",
    "reverses_id",
    "expires_at",
    "debit_previous_id",
    "credit_previous_id",
    "debit_balance_after",
    "credit_balance_after",
)
"""Every column of ``ledger_transfers`` but the digest itself, in a fixed order."""

_VERSION = "v1"
_PICK = itemgetter(*DIGEST_FIELDS)
# Positions in [version, *fields]; times as integer microseconds since 1970 UTC (exact,
# and a fifth of the cost of an ISO string).
_META = 1 + DIGEST_FIELDS.index("meta")
_MOMENTS = (1 + DIGEST_FIELDS.index("created_at"), 1 + DIGEST_FIELDS.index("expires_at"))
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)
_NESTED = (dict, list, tuple)
_ENCODE = json.JSONEncoder(sort_keys=True, separators=(",", ":")).encode


@lru_cache(maxsize=8)
def _derive(secret: bytes) -> bytes:
    return hmac.digest(secret, b"thungngoen/ledger-digest/v1", "sha256")


def ledger_key() -> bytes:
    """The key of the ledger's digests: derived from the server secret (so it is never
    the secret itself), looked up on every call so that a changed secret is seen."""
    return _derive(secret_key())


def key_id(key: bytes) -> str:
    """A fingerprint naming ``key`` on each seal, without revealing it."""
    return hmac.digest(key, b"key id", "sha256")[:8].hex()


def transfer_digest(row: Mapping[Any, Any], key: bytes | None = None) -> str:
    """The digest of a transfer row as inserted or as read back (hex)."""
    values: list[Any] = [_VERSION, *_PICK(row)]
    for index in _MOMENTS:
        moment: datetime | None = values[index]
        if moment is not None:
            values[index] = (moment - _EPOCH) // _MICROSECOND
    meta = values[_META]
    if meta and not _plain(meta):
        values[_META] = json.loads(json.dumps(meta))
    message = _ENCODE(values).encode()
    return hmac.digest(key or ledger_key(), message, "sha256").hex()


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


def block_hasher(key: bytes, header: Mapping[str, Any]) -> "hmac.HMAC":
    """The running MAC of a seal block: its header, then its transfers' digests."""
    return hmac.new(key, _ENCODE([_VERSION, dict(header)]).encode(), hashlib.sha256)
