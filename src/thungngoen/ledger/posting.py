"""The public posting operations. Every area moves money through these, and nothing
else writes the ledger tables.

Each function takes an open write ``Connection`` (the caller's unit of work), so an area
can post and record its own rows in one transaction; wrap the call in
``thungngoen.db.write_transaction`` to get the transaction and the retries.
"""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, select

from thungngoen.db.types import utc_now
from thungngoen.ledger import errors, store
from thungngoen.ledger.balances import Phase, apply, check_usable
from thungngoen.ledger.model import Transfer, TransferRequest
from thungngoen.ledger.tables import CURRENCIES, batches, transfers

MAX_KEY_LENGTH = 100
MAX_MEMO_LENGTH = 500


def validate_request(request: TransferRequest) -> None:
    """Reject what is wrong whatever the accounts hold."""
    amount = request.amount
    if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
        raise errors.InvalidAmount(f"amount must be a positive number of satang, got {amount!r}")
    if request.currency not in CURRENCIES:
        raise errors.UnknownCurrency(f"unknown currency {request.currency!r}")
    if request.debit_account_id == request.credit_account_id:
        raise errors.SameAccount("debit and credit account must differ")
    if not request.purpose:
        raise errors.LedgerError("a transfer needs a purpose code")
    if len(request.memo) > MAX_MEMO_LENGTH:
        raise errors.LedgerError(f"memo longer than {MAX_MEMO_LENGTH} characters")
    key = request.idempotency_key
    if key is not None and not 0 < len(key) <= MAX_KEY_LENGTH:
        raise errors.LedgerError(f"idempotency key must be 1 to {MAX_KEY_LENGTH} characters")
    if request.expires_at is not None and not request.pending:
        raise errors.LedgerError("only a pending transfer can expire")


def _request_payload(request: TransferRequest) -> dict[str, Any]:
    return {
        "debit": request.debit_account_id,
        "credit": request.credit_account_id,
        "amount": request.amount,
        "currency": request.currency,
        "purpose": request.purpose,
        "memo": request.memo,
        "metadata": dict(request.metadata),
        "pending": request.pending,
        "expires_at": request.expires_at,
    }


def post_transfer(connection: Connection, request: TransferRequest) -> Transfer:
    """Post one transfer (or reserve it, if ``request.pending``)."""
    validate_request(request)
    locked = store.lock_accounts(connection, (request.debit_account_id, request.credit_account_id))
    request_hash = store.payload_hash("transfer", _request_payload(request))
    if request.idempotency_key is not None:
        existing = store.find_by_key(connection, request.idempotency_key)
        if existing:
            return store.replay(existing, request_hash, request.idempotency_key)[0]
    rows = _apply_legs(connection, [request], locked, batch_id=None)
    rows[0]["payload_hash"] = request_hash if request.idempotency_key else None
    store.write_totals(connection, locked)
    return store.insert_transfers(connection, rows)[0]


def post_batch(
    connection: Connection,
    requests: Sequence[TransferRequest],
    idempotency_key: str | None = None,
) -> list[Transfer]:
    """Post linked transfers: all of them, in order, or none (``BatchLegRejected``)."""
    if not requests:
        raise errors.EmptyBatch("a batch needs at least one transfer")
    for index, request in enumerate(requests):
        try:
            validate_request(request)
            if request.idempotency_key is not None:
                raise errors.LedgerError("legs of a batch take the batch's idempotency key")
        except errors.LedgerError as error:
            raise errors.BatchLegRejected(index, error) from error
    ids = [i for r in requests for i in (r.debit_account_id, r.credit_account_id)]
    locked = store.lock_accounts(connection, ids)
    request_hash = store.payload_hash("batch", {"legs": [_request_payload(r) for r in requests]})
    if idempotency_key is not None:
        replayed = _replay_batch(connection, idempotency_key, request_hash)
        if replayed is not None:
            return replayed
    batch_id = store.insert_batch(
        connection,
        {
            "idempotency_key": idempotency_key,
            "payload_hash": request_hash if idempotency_key else None,
            "size": len(requests),
            "created_at": utc_now(),
        },
    )
    rows = _apply_legs(connection, requests, locked, batch_id=batch_id)
    store.write_totals(connection, locked)
    return store.insert_transfers(connection, rows)


def _replay_batch(connection: Connection, key: str, request_hash: str) -> list[Transfer] | None:
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


def _apply_legs(
    connection: Connection,
    requests: Sequence[TransferRequest],
    locked: dict[int, Any],
    batch_id: int | None,
) -> list[dict[str, Any]]:
    now = utc_now()
    rows = []
    for index, request in enumerate(requests):
        try:
            debit = store.require(locked, request.debit_account_id)
            credit = store.require(locked, request.credit_account_id)
            check_usable(debit, request.currency)
            check_usable(credit, request.currency)
            phase = Phase.RESERVE if request.pending else Phase.POST
            apply(debit, credit, request.amount, phase)
        except errors.LedgerError as error:
            if batch_id is None:
                raise
            raise errors.BatchLegRejected(index, error) from error
        rows.append(
            {
                "kind": "pending" if request.pending else "posted",
                "debit_account_id": debit.id,
                "credit_account_id": credit.id,
                "currency": request.currency,
                "amount": request.amount,
                "purpose": request.purpose,
                "memo": request.memo,
                "meta": dict(request.metadata) or None,
                "created_at": now,
                "idempotency_key": request.idempotency_key,
                "payload_hash": None,
                "batch_id": batch_id,
                "pending_id": None,
                "reverses_id": None,
                "expires_at": request.expires_at,
                "debit_balance_after": debit.balance,
                "credit_balance_after": credit.balance,
            }
        )
    return rows
