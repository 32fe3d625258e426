"""How far the rollups may go: the last transfer id after which no earlier id can still
appear.

SQLite has one writer and numbers transfers under its write lock, so every id up to
the highest one visible is final. On PostgreSQL, ids come from a sequence: a
transaction that drew id 10 may commit after another committed id 11, and a rollup
that had moved its watermark to 11 would never see 10. Every posting locks its
accounts (``FOR NO KEY UPDATE``) *before* it draws ids, so a brief ``EXCLUSIVE`` lock
on ``ledger_accounts`` waits until every transaction that may hold an unseen id has
ended; the highest id visible then is final. The lock is held for one ``max(id)``
read and gives up after ``LOCK_TIMEOUT`` (that refresh then adds nothing: the next
one will).
"""

from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import OperationalError

from thungngoen.ledger.tables import transfers

LOCK_TIMEOUT = "2s"
_LOCK_NOT_AVAILABLE = "55P03"


def settled_horizon(engine: Engine, after: int) -> int | None:
    """The highest transfer id the rollups may include, or ``None`` if none after ``after``."""
    with engine.connect() as connection:
        latest = connection.execute(select(func.max(transfers.c.id))).scalar() or 0
    if latest <= after:
        return None
    if engine.dialect.name == "sqlite":
        return int(latest)
    return _after_writers(engine)


def _after_writers(engine: Engine) -> int | None:
    try:
        with engine.connect() as connection, connection.begin():
            connection.execute(text(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'"))
            connection.execute(text("LOCK TABLE ledger_accounts IN EXCLUSIVE MODE"))
            return int(connection.execute(select(func.max(transfers.c.id))).scalar() or 0)
    except OperationalError as error:
        if getattr(error.orig, "sqlstate", None) == _LOCK_NOT_AVAILABLE:
            return None
        raise
