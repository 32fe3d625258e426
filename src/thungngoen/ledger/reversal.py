"""Corrections: a posted transfer is never edited; a reversal posts its mirror image."""

from sqlalchemy import Connection

from thungngoen.db.types import utc_now
from thungngoen.ledger import errors, store
from thungngoen.ledger.balances import Phase, apply, check_usable
from thungngoen.ledger.model import Transfer
from thungngoen.ledger.tables import transfers

REVERSIBLE_KINDS = ("posted", "post_pending")


def reverse_transfer(
    connection: Connection,
    transfer_id: int,
    *,
    memo: str = "",
    idempotency_key: str | None = None,
) -> Transfer:
    """Post the opposite of a posted transfer; the reversed account must afford it."""
    original = store.load_transfer(connection, transfer_id)
    locked = store.lock_accounts(
        connection, (original.debit_account_id, original.credit_account_id)
    )
    request_hash = store.payload_hash("reverse", {"transfer": transfer_id, "memo": memo})
    if idempotency_key is not None:
        existing = store.find_by_key(connection, idempotency_key)
        if existing:
            return store.replay(existing, request_hash, idempotency_key)[0]
    if original.kind not in REVERSIBLE_KINDS or original.reverses_id is not None:
        raise errors.NotReversible(f"transfer {transfer_id} ({original.kind}) cannot be reversed")
    if store.follow_up_of(connection, transfers.c.reverses_id, transfer_id) is not None:
        raise errors.AlreadyReversed(f"transfer {transfer_id} was already reversed")
    debit = locked[original.credit_account_id]
    credit = locked[original.debit_account_id]
    check_usable(debit, original.currency)
    check_usable(credit, original.currency)
    apply(debit, credit, original.amount, Phase.POST)
    store.write_totals(connection, locked)
    row = {
        "kind": "posted",
        "debit_account_id": debit.id,
        "credit_account_id": credit.id,
        "currency": original.currency,
        "amount": original.amount,
        "purpose": original.purpose,
        "memo": memo or f"reversal of transfer {transfer_id}",
        "meta": None,
        "created_at": utc_now(),
        "idempotency_key": idempotency_key,
        "payload_hash": request_hash if idempotency_key else None,
        "batch_id": None,
        "pending_id": None,
        "reverses_id": transfer_id,
        "expires_at": None,
        "debit_balance_after": debit.balance,
        "credit_balance_after": credit.balance,
    }
    return store.insert_transfers(connection, [row])[0]
