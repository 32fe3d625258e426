"""The keyed hash a voucher is found by: the plain code is never stored."""

import hashlib
import hmac

from sqlalchemy import Connection

from thungngoen.keys import lookup_key
from thungngoen.vouchers.codes import normalize_code


def code_digest(connection: Connection, code: str) -> str:
    """Keyed hash of a code's 12 digits: finds a voucher, useless without the secret.

    Keyed with the database's lookup key, which survives key rotation (decision 0019)."""
    return digest_with(lookup_key(connection), code)


def digest_with(key: bytes, code: str) -> str:
    digits = normalize_code(code).encode()
    return hmac.new(key, b"voucher:" + digits, hashlib.sha256).hexdigest()
