"""At every start (server and commands): the database's keys must all be in the ring."""

from sqlalchemy import Connection, Engine, insert, inspect, select, update
from sqlalchemy.exc import OperationalError

from thungngoen import keyring
from thungngoen.auth.tables import payment_pins
from thungngoen.clock import utc_now
from thungngoen.db import read_transaction, write_transaction
from thungngoen.keys.errors import KeysMismatch, mismatch_message
from thungngoen.keys.lookup import lookup_key
from thungngoen.keys.tables import secret_keys
from thungngoen.keys.wrap import wrap

__all__ = ["KeysMismatch", "check_keys", "ensure_keys", "needed_key_ids", "open_database"]


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
    if check_keys(connection, ring):
        return
    recorded = set(connection.execute(select(secret_keys.c.key_id)).scalars())
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


def check_keys(connection: Connection, ring: keyring.KeyRing) -> bool:
    """Raise if the data needs a key the ring lacks; whether the current key is recorded."""
    missing = needed_key_ids(connection) - ring.ids
    if missing:
        raise KeysMismatch(mismatch_message(missing, ring))
    recorded = connection.execute(select(secret_keys.c.key_id)).scalars()
    return ring.current.id in set(recorded)


def open_database(engine: Engine, ring: keyring.KeyRing | None = None) -> keyring.KeyRing:
    """Load the ring for this database, make it the process's, and check it against the
    data (raises ``KeyRingError`` or ``KeysMismatch``). A database not yet migrated this
    far is not checked: the migration comes first. A database that takes no write right
    now (read-only, disk full) is checked but its new key recorded later: nothing can be
    written with the key meanwhile, and ``/api/v1/health`` says it is unavailable."""
    ring = ring or keyring.load_ring(engine.url.render_as_string(hide_password=False))
    keyring.activate(ring)
    if not inspect(engine).has_table("secret_keys"):
        return ring
    with read_transaction(engine) as connection:
        recorded = check_keys(connection, ring)
        keyring.activate_data_key(lookup_key(connection))
    if recorded:
        return ring
    try:
        write_transaction(engine, lambda connection: ensure_keys(connection, ring))
    except OperationalError as error:
        keyring.loudly(f"could not record secret key {ring.current.id} yet: {error.orig}")
    return ring
