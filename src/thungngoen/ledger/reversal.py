"""Corrections: a posted transfer is never edited; a reversal posts its mirror image."""

from sqlalchemy import Connection

from thungngoen.clock import utc_now
from thungngoen.ledger import errors, idempotency, store
from thungngoen.ledger.balances import Phase, apply, check_usable
from thungngoen.ledger.model import Transfer
from thungngoen.ledger.rows import transfer_row
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
    accounts = (original.debit_account_id, original.credit_account_id)
    locked = store.lock(connection, accounts, [idempotency_key] if idempotency_key else [])
    request_hash = None
    if idempotency_key is not None:
        request_hash = idempotency.payload_hash("reverse", {"transfer": transfer_id, "memo": memo})
        if idempotency_key in locked.earlier:
            return idempotency.replay_transfer(
                connection, locked.earlier[idempotency_key], idempotency_key, request_hash
            )
    if original.kind not in REVERSIBLE_KINDS or original.reverses_id is not None:
        raise errors.NotReversible(f"transfer {transfer_id} ({original.kind}) cannot be reversed")
    if store.follow_up_of(connection, transfers.c.reverses_id, transfer_id) is not None:
        raise errors.AlreadyReversed(f"transfer {transfer_id} was already reversed")
    debit = locked.accounts[original.credit_account_id]
    credit = locked.accounts[original.debit_account_id]
    check_usable(debit, original.currency)
    check_usable(credit, original.currency)
    apply(debit, credit, original.amount, Phase.POST)
    row = transfer_row(
        kind="posted",
        debit=debit,
        credit=credit,
        currency=original.currency,
        amount=original.amount,
        purpose=original.purpose,
        now=utc_now(),
        memo=memo or f"reversal of transfer {transfer_id}",
        idempotency_key=idempotency_key,
        payload_hash=request_hash,
        reverses_id=transfer_id,
        transfer_id=locked.transfer_ids[0],
    )
    return store.write(connection, [row], locked.accounts)[0]
