"""Sealing: append blocks to the chain of seals over the transfers' digests.

Block n covers the transfers with ``after_id < id <= last_id`` (``after_id`` is block
n-1's ``last_id``). Its digest is a MAC, under the ledger key, of its header (number,
range, count, previous block's digest, key id, time) and then the digests of those
transfers in id order. Deleting, inserting or editing a transfer inside a sealed range,
or editing a seal, changes what ``verify`` recomputes (``ledger.integrity``).

Sealing runs outside the writers' transactions and takes no lock they take: on
PostgreSQL it waits for the transactions in flight (``ledger.horizon``), then locks only
the newest seal (two sealers cannot both append block n). On SQLite it is one more short
unit of work for the single writer.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select
from sqlalchemy.exc import IntegrityError

from thungngoen.clock import utc_now
from thungngoen.db import write_transaction
from thungngoen.db.engine import is_sqlite
from thungngoen.db.transactions import RetryTransaction
from thungngoen.ledger.digest import block_hasher, key_id, ledger_key
from thungngoen.ledger.horizon import sealable_bound
from thungngoen.ledger.tables import GENESIS_DIGEST, seals, transfers

BLOCK_SIZE = 10_000
"""Transfers per block at most: a block's MAC is recomputed in one pass by ``verify``."""


@dataclass(frozen=True, slots=True)
class Seal:
    id: int
    after_id: int
    last_id: int
    count: int
    previous_digest: str
    digest: str
    key_id: str
    sealed_at: datetime


def block_digest(key: bytes, header: Mapping[str, Any], digests: Iterable[str]) -> str:
    """The MAC of a block: ``header`` is its row without the digest."""
    fields = ("id", "after_id", "last_id", "count", "previous_digest", "key_id")
    hasher = block_hasher(key, {**{f: header[f] for f in fields}, "at": _moment(header)})
    for digest in digests:
        hasher.update(digest.encode())
    return hasher.hexdigest()


def _moment(header: Mapping[str, Any]) -> str:
    sealed_at: datetime = header["sealed_at"]
    return sealed_at.astimezone(UTC).isoformat()


def seal(engine: Engine, *, patience: float = 5.0, block_size: int = BLOCK_SIZE) -> list[Seal]:
    """Seal every transfer that can no longer change; return the blocks appended."""
    if is_sqlite(engine):
        return write_transaction(engine, lambda c: append_blocks(c, None, block_size))
    bound = sealable_bound(engine, patience)
    if not bound:
        return []
    with engine.connect() as connection:
        return write_transaction(connection, lambda c: append_blocks(c, bound, block_size))


def append_blocks(connection: Connection, bound: int | None, block_size: int) -> list[Seal]:
    """Seal the transfers after the newest seal up to ``bound`` (``None``: all, for a
    connection that holds the write lock), ``block_size`` to a block."""
    if bound is None:
        bound = connection.scalar(select(func.coalesce(func.max(transfers.c.id), 0))) or 0
    head = connection.execute(
        select(seals).order_by(seals.c.id.desc()).limit(1).with_for_update()
    ).first()
    number, after, previous = (0, 0, GENESIS_DIGEST)
    if head is not None:
        number, after, previous = head.id, head.last_id, head.digest
    key, appended = ledger_key(), []
    while after < bound:
        rows = connection.execute(
            select(transfers.c.id, transfers.c.digest)
            .where(transfers.c.id > after, transfers.c.id <= bound)
            .order_by(transfers.c.id)
            .limit(block_size)
        ).all()
        if not rows:
            break
        block = _block(key, number + 1, after, previous, rows)
        _insert(connection, block)
        appended.append(Seal(**block))
        number, after, previous = block["id"], block["last_id"], block["digest"]
    return appended


def _block(
    key: bytes, number: int, after: int, previous: str, rows: Sequence[Any]
) -> dict[str, Any]:
    header: dict[str, Any] = {
        "id": number,
        "after_id": after,
        "last_id": rows[-1].id,
        "count": len(rows),
        "previous_digest": previous,
        "key_id": key_id(key),
        "sealed_at": utc_now(),
    }
    return {**header, "digest": block_digest(key, header, (row.digest for row in rows))}


def _insert(connection: Connection, block: dict[str, Any]) -> None:
    try:
        connection.execute(insert(seals), block)
    except IntegrityError as error:  # another sealer appended this block first
        raise RetryTransaction(str(error)) from error
