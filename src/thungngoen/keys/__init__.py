"""The database's record of the secret keys its data was written with (decision 0019).

``secret_keys`` holds one row per key the data needs: its fingerprint and the database's
*lookup key* wrapped under it. The lookup key hashes what is found by value and never
stored (national IDs, voucher codes); wrapping it lets ``rekey`` move it to a new key
without the plain values, so an old key can be retired. PINs carry the id of the key
that hashed them and move to the current key when next typed.
"""

from thungngoen.keys.guard import KeysMismatch, ensure_keys, needed_key_ids, open_database
from thungngoen.keys.lookup import lookup_key
from thungngoen.keys.status import KeyUse, RekeyResult, key_status, rekey

__all__ = [
    "KeyUse",
    "KeysMismatch",
    "RekeyResult",
    "ensure_keys",
    "key_status",
    "lookup_key",
    "needed_key_ids",
    "open_database",
    "rekey",
]
