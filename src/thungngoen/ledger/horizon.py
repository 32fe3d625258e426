"""How far the ledger may be sealed: the highest transfer id below which no transfer can
still appear.

On SQLite the sealer holds the single write lock, so every id up to the largest one it
sees is final. On PostgreSQL ids come from a sequence and transactions commit in any
order: id 7 may commit after id 8, or never (a rollback leaves a gap for good). A seal
over (…, 8] taken while 7 is in flight would later report 7 as inserted into a sealed
range. So the sealer reads the largest committed id, then waits — on its own connection,
holding no lock any writer needs — until every transaction that had locked ledger
accounts at that moment has ended. Writers draw ids only after locking their accounts
(``store.lock``), so any id up to the one read belongs to a transaction that has then
committed or rolled back.
"""

import time

from sqlalchemy import Connection, Engine, func, select, text

from thungngoen.ledger.tables import transfers

# Writers hold ROW SHARE (FOR NO KEY UPDATE) and ROW EXCLUSIVE (the totals) on the
# accounts table until they end; plain readers hold only ACCESS SHARE and are not waited
# for. The relation is resolved in the connection's own database and schema.
_WRITERS = text(
    "SELECT DISTINCT virtualtransaction FROM pg_locks"
    " WHERE locktype = 'relation'"
    " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
    " AND relation = CAST('ledger_accounts' AS regclass)"
    " AND mode IN ('RowShareLock', 'RowExclusiveLock') AND pid <> pg_backend_pid()"
)
_STILL_RUNNING = text(
    "SELECT DISTINCT virtualtransaction FROM pg_locks WHERE virtualtransaction = ANY(:running)"
)
_POLL_SECONDS = 0.005


def sealable_bound(engine: Engine, patience: float) -> int | None:
    """PostgreSQL: the largest id that may be sealed now (0: none yet), or ``None`` if
    the writers in flight did not end within ``patience`` seconds."""
    with engine.connect() as connection:
        with connection.begin():
            bound = connection.scalar(select(func.coalesce(func.max(transfers.c.id), 0)))
            running = list(connection.execute(_WRITERS).scalars())
        if _wait_for(connection, running, patience):
            return int(bound or 0)
    return None


def _wait_for(connection: Connection, running: list[str], patience: float) -> bool:
    deadline = time.monotonic() + patience
    while running:
        if time.monotonic() > deadline:
            return False
        time.sleep(_POLL_SECONDS)
        with connection.begin():
            running = list(connection.execute(_STILL_RUNNING, {"running": running}).scalars())
    return True
