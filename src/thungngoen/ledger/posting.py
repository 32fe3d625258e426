"""The public posting operations. Every area moves money through these, and nothing
else writes the ledger tables.

Each function takes an open write ``Connection`` (the caller's unit of work), so an area
can post and record its own rows in one transaction; wrap the call in
``thungngoen.db.write_transaction`` to get the transaction and the retries.
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from thungngoen.clock import utc_now
from thungngoen.ledger import errors, idempotency, store
from thungngoen.ledger.balances import Phase, WorkingAccount, apply, check_usable
from thungngoen.ledger.model import Transfer, TransferRequest
from thungngoen.ledger.rows import transfer_row
from thungngoen.ledger.tables import CURRENCIES

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


def request_payload(request: TransferRequest) -> dict[str, Any]:
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
    key = request.idempotency_key
    accounts = (request.debit_account_id, request.credit_account_id)
    locked = store.lock(connection, accounts, [key] if key else [])
    request_hash = None
    if key is not None:
        request_hash = idempotency.payload_hash("transfer", request_payload(request))
        if key in locked.earlier:
            return idempotency.replay_transfer(connection, locked.earlier[key], key, request_hash)
    debit, credit = apply_leg(request, locked.accounts)
    row = leg_row(
        request,
        debit,
        credit,
        utc_now(),
        payload_hash=request_hash,
        transfer_id=locked.transfer_ids[0],
    )
    return store.write(connection, [row], locked.accounts)[0]


def post_batch(
    connection: Connection,
    requests: Sequence[TransferRequest],
    idempotency_key: str | None = None,
) -> list[Transfer]:
    """Post linked transfers: all of them, in order, or none (``BatchLegRejected``)."""
    if not requests:
        raise errors.EmptyBatch("a batch needs at least one transfer")
    with _leg() as position:
        for position.index, request in enumerate(requests):
            validate_request(request)
            if request.idempotency_key is not None:
                raise errors.LedgerError("legs of a batch take the batch's idempotency key")
    ids = [i for r in requests for i in (r.debit_account_id, r.credit_account_id)]
    locked = store.lock(connection, ids, count=len(requests))
    request_hash = None
    if idempotency_key is not None:
        legs = [request_payload(r) for r in requests]
        request_hash = idempotency.payload_hash("batch", {"legs": legs})
        replayed = idempotency.replay_batch(connection, idempotency_key, request_hash)
        if replayed is not None:
            return replayed
    now = utc_now()
    batch = {"idempotency_key": idempotency_key, "payload_hash": request_hash}
    batch_id = store.insert_batch(connection, {**batch, "size": len(requests), "created_at": now})
    rows = []
    with _leg() as position:
        for position.index, (request, transfer_id) in enumerate(
            zip(requests, locked.transfer_ids, strict=True)
        ):
            debit, credit = apply_leg(request, locked.accounts)
            rows.append(
                leg_row(request, debit, credit, now, batch_id=batch_id, transfer_id=transfer_id)
            )
    return store.write(connection, rows, locked.accounts)


class _Position:
    index = 0


@contextmanager
def _leg() -> Iterator[_Position]:
    """Report a rejection inside the loop as the rejection of the leg it was at."""
    position = _Position()
    try:
        yield position
    except errors.LedgerError as error:
        raise errors.BatchLegRejected(position.index, error) from error


def apply_leg(
    request: TransferRequest, locked: dict[int, WorkingAccount]
) -> tuple[WorkingAccount, WorkingAccount]:
    debit = store.require(locked, request.debit_account_id)
    credit = store.require(locked, request.credit_account_id)
    check_usable(debit, request.currency)
    check_usable(credit, request.currency)
    apply(debit, credit, request.amount, Phase.RESERVE if request.pending else Phase.POST)
    return debit, credit


def leg_row(
    request: TransferRequest,
    debit: WorkingAccount,
    credit: WorkingAccount,
    now: datetime,
    **extra: Any,
) -> dict[str, Any]:
    return transfer_row(
        kind="pending" if request.pending else "posted",
        debit=debit,
        credit=credit,
        currency=request.currency,
        amount=request.amount,
        purpose=request.purpose,
        now=now,
        memo=request.memo,
        meta=dict(request.metadata),
        idempotency_key=request.idempotency_key,
        expires_at=request.expires_at,
        **extra,
    )
