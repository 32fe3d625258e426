"""The keyed hash a voucher is found by: the plain code is never stored."""

import hashlib
import hmac

from thungngoen.config import secret_key
from thungngoen.vouchers.codes import normalize_code


def code_digest(code: str) -> str:
    """Keyed hash of a code's 12 digits: finds a voucher, useless without the secret."""
    digits = normalize_code(code).encode()
    return hmac.new(secret_key(), b"voucher:" + digits, hashlib.sha256).hexdigest()
