"""Six-digit payment PINs.

A PIN is stored as HMAC-SHA256 keyed with the server secret over a per-user salt and the
PIN: a stolen database alone reveals nothing (the key is not in it), and checking a PIN
costs microseconds, so PIN confirmation does not cap payment throughput the way a slow
password hash would. Five wrong tries lock payments until the operator resets the PIN.

Each hash records the id of the key that made it: after a key rotation a PIN is checked
with its older key and re-hashed with the current one on its next success (decision 0019).
"""

import hashlib
import hmac
import re
import secrets
from typing import Literal

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from thungngoen import audit, keyring
from thungngoen.auth import errors
from thungngoen.auth.notifications import PIN_LOCKED
from thungngoen.auth.tables import payment_pins
from thungngoen.clock import utc_now
from thungngoen.db.prepared import Prepared
from thungngoen.notify import notify
from thungngoen.thai import ascii_digits

MAX_ATTEMPTS = 5
# Checked on every payment: a prepared statement (see thungngoen.db.prepared).
_PIN_OF_USER = Prepared(
    select(
        payment_pins.c.salt,
        payment_pins.c.pin_hash,
        payment_pins.c.failed_attempts,
        payment_pins.c.locked_at,
        payment_pins.c.key_id,
    ).where(payment_pins.c.user_id == bindparam("user_id"))
)


def _digest(secret: bytes, salt: bytes, pin: str) -> str:
    """The PIN's keyed hash, of its digits however typed (Thai ๑๒๓ or ASCII 123: one PIN)."""
    typed = ascii_digits(pin).encode()
    return hmac.new(secret, salt + typed, hashlib.sha256).hexdigest()


def _key_of(ring: keyring.KeyRing, key_id: str | None) -> keyring.Key:
    """The key that hashed a PIN (no id: written before keys had ids, so the current)."""
    if key_id is None or key_id == ring.current.id:
        return ring.current
    key = ring.find(key_id)
    if key is None:
        raise errors.PinKeyMissing(
            f"this PIN was set with secret key {key_id}, which the server no longer has;"
            " ask the operator to reset it"
        )
    return key


def set_pin(connection: Connection, user_id: int, pin: str) -> None:
    """Set or change the user's payment PIN — not while it is locked: a lock holds until
    the operator clears it (``reset_pin``), so knowing the password does not undo it."""
    found = _PIN_OF_USER.run(connection, {"user_id": user_id})
    if found and found[0][3] is not None:
        raise errors.PinLocked("payments are locked after 5 wrong PINs; ask the operator")
    pin = ascii_digits(pin)
    if not re.fullmatch(r"[0-9]{6}", pin):
        raise errors.InvalidPin("a payment PIN is six digits")
    if len(set(pin)) == 1 or pin in "0123456789" or pin in "9876543210":
        raise errors.InvalidPin("choose a PIN that is not a run or a repeated digit")
    salt = secrets.token_bytes(16)
    current = keyring.active_ring().current
    values = {
        "salt": salt,
        "pin_hash": _digest(current.secret, salt, pin),
        "key_id": current.id,
        "failed_attempts": 0,
        "locked_at": None,
        "updated_at": utc_now(),
    }
    connection.execute(delete(payment_pins).where(payment_pins.c.user_id == user_id))
    connection.execute(insert(payment_pins), {"user_id": user_id, **values})
    audit.record(
        connection,
        actor=f"user:{user_id}",
        action="pin.set",
        subject_type="user",
        subject_id=user_id,
    )


def check_pin(connection: Connection, user_id: int, pin: str) -> None:
    """Accept the PIN or raise; a wrong PIN is counted even though the caller rolls back.

    The failed attempt is written by ``record_failed_attempt`` in its own transaction
    (see ``thungngoen.auth.guard``); here we only compare.
    """
    found = _PIN_OF_USER.run(connection, {"user_id": user_id})
    if not found:
        raise errors.PinNotSet("set a payment PIN first")
    salt, pin_hash, failed_attempts, locked_at, key_id = found[0]
    if locked_at is not None:
        raise errors.PinLocked("payments are locked after 5 wrong PINs; ask the operator")
    ring = keyring.active_ring()
    key = _key_of(ring, key_id)
    if not hmac.compare_digest(pin_hash, _digest(key.secret, bytes(salt), pin)):
        left = max(MAX_ATTEMPTS - failed_attempts - 1, 0)
        raise errors.WrongPin(f"wrong PIN; {left} tries left", tries_left=left)
    changes: dict[str, object] = {"failed_attempts": 0} if failed_attempts else {}
    if key_id != ring.current.id:  # re-key: the PIN is known now, hash it with the current key
        changes |= {"pin_hash": _digest(ring.current.secret, bytes(salt), pin)}
        changes |= {"key_id": ring.current.id}
    if changes:
        connection.execute(
            update(payment_pins).where(payment_pins.c.user_id == user_id).values(**changes)
        )


PinStatus = Literal["unset", "set", "locked"]


def pin_status(connection: Connection, user_id: int) -> PinStatus:
    """Whether the user has a PIN yet, and whether wrong PINs have locked payments."""
    found = _PIN_OF_USER.run(connection, {"user_id": user_id})
    if not found:
        return "unset"
    return "locked" if found[0][3] is not None else "set"


def record_failed_attempt(connection: Connection, user_id: int) -> bool:
    """Count one wrong PIN; lock at the fifth. Returns whether payments are now locked."""
    row = connection.execute(
        select(payment_pins.c.failed_attempts, payment_pins.c.locked_at)
        .where(payment_pins.c.user_id == user_id)
        .with_for_update()
    ).first()
    if row is None:
        return False
    if row.locked_at is not None:
        return True
    attempts = int(row.failed_attempts) + 1
    locked = attempts >= MAX_ATTEMPTS
    connection.execute(
        update(payment_pins)
        .where(payment_pins.c.user_id == user_id)
        .values(failed_attempts=attempts, locked_at=utc_now() if locked else None)
    )
    if locked:
        notify(connection, PIN_LOCKED, user_id, utc_now(), {})
        audit.record(
            connection,
            actor="system",
            action="pin.lock",
            subject_type="user",
            subject_id=user_id,
            after={"failed_attempts": attempts},
        )
    return locked


def reset_pin(connection: Connection, user_id: int, actor: str) -> None:
    """The operator clears a (locked) PIN; the user sets a new one."""
    removed = connection.execute(delete(payment_pins).where(payment_pins.c.user_id == user_id))
    audit.record(
        connection,
        actor=actor,
        action="pin.reset",
        subject_type="user",
        subject_id=user_id,
        before={"had_pin": bool(removed.rowcount)},
        after={"had_pin": False},
    )
