"""Idempotency keys: the same key with the same request returns the first result; the
same key with a different request is refused. Requests are compared by a hash of their
canonical JSON form, stored beside the key.
"""

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, select

from thungngoen.ledger import errors, store
from thungngoen.ledger.model import Transfer
from thungngoen.ledger.tables import batches, transfers


def payload_hash(operation: str, payload: Mapping[str, Any]) -> str:
    canonical = json.dumps({"op": operation, **payload}, sort_keys=True, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def replay_transfer(
    connection: Connection, transfer_id: int, key: str, request_hash: str
) -> Transfer:
    """The transfer that an earlier call with ``key`` wrote, if it asked the same."""
    row = connection.execute(
        select(*store.TRANSFER_COLUMNS).where(transfers.c.id == transfer_id)
    ).one()
    if row.payload_hash != request_hash:
        raise errors.IdempotencyConflict(
            f"idempotency key {key!r} was already used for a different request"
        )
    return store.to_transfer(row)


def replay_batch(connection: Connection, key: str, request_hash: str) -> list[Transfer] | None:
    batch = connection.execute(
        select(batches.c.id, batches.c.payload_hash).where(batches.c.idempotency_key == key)
    ).first()
    if batch is None:
        return None
    if batch.payload_hash != request_hash:
        raise errors.IdempotencyConflict(
            f"idempotency key {key!r} was already used for a different batch"
        )
    query = select(*store.TRANSFER_COLUMNS).where(transfers.c.batch_id == batch.id)
    return [store.to_transfer(row) for row in connection.execute(query.order_by(transfers.c.id))]
