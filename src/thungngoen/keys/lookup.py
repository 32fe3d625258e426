"""The database's lookup key: what national-ID and voucher-code digests are keyed with."""

from sqlalchemy import Connection, select

from thungngoen import keyring
from thungngoen.keys.errors import KeysMismatch, mismatch_message
from thungngoen.keys.tables import secret_keys
from thungngoen.keys.wrap import unwrap


def lookup_key(connection: Connection) -> bytes:
    """The lookup key, unwrapped with the first key of the ring that sealed it.

    A database no server or command has opened yet has none recorded: it gets the
    current key itself (what ``ensure_keys`` records, and what digests were keyed with
    before decision 0019, so old digests stay valid).
    """
    ring = keyring.active_ring()
    rows = connection.execute(select(secret_keys.c.key_id, secret_keys.c.lookup_key)).all()
    if not rows:
        return ring.current.secret
    for key_id, sealed in rows:
        key = ring.find(key_id)
        value = unwrap(key.secret, bytes(sealed)) if key else None
        if value is not None:
            return value
    raise KeysMismatch(mismatch_message({key_id for key_id, _ in rows}, ring))
