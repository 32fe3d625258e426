"""``thungngoen keys status`` and ``rekey``: which data still needs which key."""

from dataclasses import dataclass

from sqlalchemy import Connection, delete, func, select

from thungngoen import keyring
from thungngoen.auth.pins import reset_pin
from thungngoen.auth.tables import payment_pins
from thungngoen.keys.guard import ensure_keys, needed_key_ids
from thungngoen.keys.tables import secret_keys


@dataclass(frozen=True, slots=True)
class KeyUse:
    key_id: str
    current: bool
    in_ring: bool
    recorded: bool
    """The lookup key is wrapped under it (until ``rekey`` drops an older key)."""
    pins: int
    """PINs hashed with it: they move to the current key when their member next pays."""


def _pins_by_key(connection: Connection) -> dict[str, int]:
    query = select(payment_pins.c.key_id, func.count()).group_by(payment_pins.c.key_id)
    return {str(key_id): int(n) for key_id, n in connection.execute(query) if key_id}


def key_status(connection: Connection, ring: keyring.KeyRing) -> list[KeyUse]:
    """Every key of the ring or of the data, the current key first."""
    recorded = set(connection.execute(select(secret_keys.c.key_id)).scalars())
    pins = _pins_by_key(connection)
    ids = [key.id for key in ring.keys]
    ids += sorted(needed_key_ids(connection) - set(ids))
    return [
        KeyUse(
            key_id,
            key_id == ring.current.id,
            key_id in ring.ids,
            key_id in recorded,
            pins.get(key_id, 0),
        )
        for key_id in ids
    ]


@dataclass(frozen=True, slots=True)
class RekeyResult:
    retired: list[str]
    """Older keys the data no longer needs: they may leave the ring."""
    pending: dict[str, int]
    """Older keys still needed, with the number of PINs hashed with them."""


def rekey(
    connection: Connection, ring: keyring.KeyRing, *, reset_pins: bool = False
) -> RekeyResult:
    """Move what can be moved to the current key and forget older keys nothing needs.

    The lookup key is already wrapped under the current key (``ensure_keys``); a PIN can
    only be re-hashed when typed, so PINs of older keys wait for their member's next
    payment — or, with ``reset_pins``, are reset (the members set new ones).
    """
    ensure_keys(connection, ring)
    if reset_pins:
        stale = select(payment_pins.c.user_id).where(payment_pins.c.key_id != ring.current.id)
        for user_id in connection.execute(stale).scalars().all():
            reset_pin(connection, user_id, actor="system:keys-rekey")
    pins = _pins_by_key(connection)
    older = set(connection.execute(select(secret_keys.c.key_id)).scalars()) - {ring.current.id}
    retired = sorted(key_id for key_id in older if not pins.get(key_id))
    connection.execute(delete(secret_keys).where(secret_keys.c.key_id.in_(retired)))
    pending = {k: n for k, n in pins.items() if k != ring.current.id}
    return RekeyResult(retired, pending)
