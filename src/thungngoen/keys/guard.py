"""At every start (server and commands): the database's keys must all be in the ring."""

from sqlalchemy import Connection, Engine, insert, inspect, select, update

from thungngoen import keyring
from thungngoen.auth.tables import payment_pins
from thungngoen.clock import utc_now
from thungngoen.db import write_transaction
from thungngoen.keys.errors import KeysMismatch, mismatch_message
from thungngoen.keys.lookup import lookup_key
from thungngoen.keys.tables import secret_keys
from thungngoen.keys.wrap import wrap

__all__ = ["KeysMismatch", "ensure_keys", "needed_key_ids", "open_database"]


def needed_key_ids(connection: Connection) -> set[str]:
    """Every key the data needs: those recorded, and those that hashed a PIN."""
    recorded = set(connection.execute(select(secret_keys.c.key_id)).scalars())
    hashed = select(payment_pins.c.key_id).where(payment_pins.c.key_id.is_not(None)).distinct()
    return recorded | set(connection.execute(hashed).scalars())


def ensure_keys(connection: Connection, ring: keyring.KeyRing) -> None:
    """Stop if the data needs a key the ring lacks; record the current key if new.

    The first start on a database (a new one, or one written before the keys were
    recorded) records the current key and marks the unmarked PINs as hashed with it: that
    one start trusts the key it is given.
    """
    missing = needed_key_ids(connection) - ring.ids
    if missing:
        raise KeysMismatch(mismatch_message(missing, ring))
    recorded = set(connection.execute(select(secret_keys.c.key_id)).scalars())
    if ring.current.id in recorded:
        return
    lookup = lookup_key(connection)  # before the insert: unwrapped with an older key
    connection.execute(
        insert(secret_keys).values(
            key_id=ring.current.id,
            recorded_at=utc_now(),
            lookup_key=wrap(ring.current.secret, lookup),
        )
    )
    if not recorded:
        connection.execute(
            update(payment_pins)
            .where(payment_pins.c.key_id.is_(None))
            .values(key_id=ring.current.id)
        )


def open_database(engine: Engine, ring: keyring.KeyRing | None = None) -> keyring.KeyRing:
    """Load the ring for this database, make it the process's, and check it against the
    data (raises ``KeyRingError`` or ``KeysMismatch``). A database not yet migrated this
    far is not checked: the migration comes first."""
    ring = ring or keyring.load_ring(engine.url.render_as_string(hide_password=False))
    keyring.activate(ring)
    if inspect(engine).has_table("secret_keys"):
        write_transaction(engine, lambda connection: ensure_keys(connection, ring))
    return ring
