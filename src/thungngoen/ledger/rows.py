"""Building transfer rows and linking them into their accounts' chains."""

from datetime import datetime
from typing import Any

from thungngoen.ledger.balances import WorkingAccount
from thungngoen.ledger.digest import transfer_digest

POSTED_KINDS = ("posted", "post_pending")
"""The kinds that change posted balances; only these join the accounts' chains."""


def transfer_row(
    *,
    kind: str,
    debit: WorkingAccount,
    credit: WorkingAccount,
    currency: str,
    amount: int,
    purpose: str,
    now: datetime,
    memo: str = "",
    meta: dict[str, Any] | None = None,
    idempotency_key: str | None = None,
    payload_hash: str | None = None,
    batch_id: int | None = None,
    pending_id: int | None = None,
    reverses_id: int | None = None,
    expires_at: datetime | None = None,
    transfer_id: int,
) -> dict[str, Any]:
    """The row of a transfer whose effect is already applied to ``debit`` and ``credit``,
    with its digest; the accounts' chains are moved on to it.

    Every posting path builds its rows here, so none can write a transfer without its
    digest (the column is NOT NULL too).
    """
    chained = kind in POSTED_KINDS
    row = {
        "id": transfer_id,
        "kind": kind,
        "debit_account_id": debit.id,
        "credit_account_id": credit.id,
        "currency": currency,
        "amount": amount,
        "purpose": purpose,
        "memo": memo,
        "meta": meta or None,
        "created_at": now,
        "idempotency_key": idempotency_key,
        "payload_hash": payload_hash,
        "batch_id": batch_id,
        "pending_id": pending_id,
        "reverses_id": reverses_id,
        "expires_at": expires_at,
        "debit_previous_id": debit.last_transfer_id if chained else None,
        "credit_previous_id": credit.last_transfer_id if chained else None,
        "debit_balance_after": debit.balance,
        "credit_balance_after": credit.balance,
    }
    row["digest"] = transfer_digest(row)
    if chained:
        debit.last_transfer_id = credit.last_transfer_id = transfer_id
    return row
