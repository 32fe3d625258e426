"""Two-phase transfers: a pending transfer reserves funds; it is later posted (fully or
partly), voided, or expires. Each outcome is a new immutable transfer pointing at the
pending one through ``pending_id``, which is unique: a reservation settles only once.
"""

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, select

from thungngoen.clock import utc_now
from thungngoen.ledger import errors, idempotency, store
from thungngoen.ledger.balances import Phase, apply, check_usable
from thungngoen.ledger.model import Transfer
from thungngoen.ledger.rows import transfer_row
from thungngoen.ledger.tables import transfers

_SETTLED_AS = {"post_pending": "posted", "void_pending": "voided", "expire_pending": "expired"}


def post_pending(
    connection: Connection,
    pending_id: int,
    amount: int | None = None,
    *,
    idempotency_key: str | None = None,
    memo: str = "",
    now: datetime | None = None,
) -> Transfer:
    """Post a pending transfer, in full or (with ``amount``) in part; the rest is released."""
    return _settle(connection, pending_id, "post_pending", amount, idempotency_key, memo, now)


def void_pending(
    connection: Connection,
    pending_id: int,
    *,
    idempotency_key: str | None = None,
    memo: str = "",
    now: datetime | None = None,
) -> Transfer:
    return _settle(connection, pending_id, "void_pending", None, idempotency_key, memo, now)


def expire_pending(
    connection: Connection, now: datetime | None = None, limit: int = 1000
) -> list[Transfer]:
    """Release every pending transfer whose time is up (at most ``limit`` per call)."""
    now = now or utc_now()
    settlement = transfers.alias("settlement")
    settled = select(settlement.c.id).where(settlement.c.pending_id == transfers.c.id)
    due = (
        select(transfers.c.id)
        .where(transfers.c.kind == "pending", transfers.c.expires_at <= now)
        .where(~settled.exists())
        .order_by(transfers.c.id)
        .limit(limit)
    )
    return [
        _settle(connection, pending_id, "expire_pending", None, None, "expired", now)
        for pending_id in connection.execute(due).scalars()
    ]


def _settle(
    connection: Connection,
    pending_id: int,
    kind: str,
    amount: int | None,
    idempotency_key: str | None,
    memo: str,
    now: datetime | None,
) -> Transfer:
    now = now or utc_now()
    pending = store.load_transfer(connection, pending_id)
    accounts = (pending.debit_account_id, pending.credit_account_id)
    locked = store.lock(connection, accounts, [idempotency_key] if idempotency_key else [])
    request_hash = None
    if idempotency_key is not None:
        request_hash = idempotency.payload_hash(
            kind, {"pending": pending_id, "amount": amount, "memo": memo}
        )
        if idempotency_key in locked.earlier:
            return idempotency.replay_transfer(
                connection, locked.earlier[idempotency_key], idempotency_key, request_hash
            )
    _check_settleable(connection, pending, kind, now)
    amount = pending.amount if amount is None else amount
    if kind == "post_pending":
        _check_post_amount(amount, pending.amount)
    debit, credit = (
        locked.accounts[pending.debit_account_id],
        locked.accounts[pending.credit_account_id],
    )
    if kind == "post_pending":
        check_usable(debit, pending.currency)
        check_usable(credit, pending.currency)
    phase = Phase.SETTLE if kind == "post_pending" else Phase.RELEASE
    apply(debit, credit, amount, phase, settled=pending.amount)
    row = transfer_row(
        kind=kind,
        debit=debit,
        credit=credit,
        currency=pending.currency,
        amount=amount,
        purpose=pending.purpose,
        now=now,
        memo=memo,
        idempotency_key=idempotency_key,
        payload_hash=request_hash,
        pending_id=pending.id,
        transfer_id=locked.transfer_ids[0],
    )
    return store.write(connection, [row], locked.accounts)[0]


def _check_settleable(connection: Connection, pending: Row[Any], kind: str, now: datetime) -> None:
    if pending.kind != "pending":
        raise errors.TransferNotPending(f"transfer {pending.id} is not a pending transfer")
    earlier = store.follow_up_of(connection, transfers.c.pending_id, pending.id)
    if earlier is not None:
        raise errors.TransferNotPending(
            f"transfer {pending.id} was already {_SETTLED_AS[earlier.kind]}"
        )
    expired = pending.expires_at is not None and pending.expires_at <= now
    if expired and kind != "expire_pending":
        raise errors.PendingTransferExpired(f"pending transfer {pending.id} has expired")


def _check_post_amount(amount: int, reserved: int) -> None:
    if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
        raise errors.InvalidAmount(f"amount must be a positive number of satang, got {amount!r}")
    if amount > reserved:
        raise errors.PostExceedsPending(
            f"cannot post {amount} satang of a pending transfer of {reserved}"
        )
