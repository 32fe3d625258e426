"""Paying merchants the baht of their redemptions: instructions, batches, marking paid.

Each redemption queues one instruction: the net amount and the payee (PromptPay ID or
bank account) as the merchant row had them at that moment, so a later change of details
cannot redirect money already promised. The operator gathers every queued instruction
into a batch, uploads the batch's CSV to the bank as one bulk payment, and marks the
batch paid with the bank's reference. That books ONE transfer ``thb:payouts → thb:bank``
for the batch total: the bank debits the operator's account once per bulk file, so the
bank statement shows one line to reconcile; the instructions carry the detail.
The CSV file the bank is given for a batch: ``payout_file``.
"""

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, insert, not_, select, update

from thungngoen import audit, ledger
from thungngoen.redemption.errors import (
    NothingToPay,
    PayoutBankMissing,
    PayoutBatchAlreadyPaid,
    UnknownPayoutBatch,
)
from thungngoen.redemption.model import PayoutBatch, PayoutInstruction
from thungngoen.redemption.payee_bank import NEEDS_BANK, complete_bank_codes, shops_needing_bank
from thungngoen.redemption.tables import payout_batches, payout_instructions
from thungngoen.redemption.tiers import merchant_row
from thungngoen.wallet import book, errors


def queue_payout(
    connection: Connection, redemption_id: int, merchant: Row[Any], amount: int, now: datetime
) -> int:
    """Queue the baht a redemption owes ``merchant`` (a ``wallet_merchants`` row)."""
    values = {
        "redemption_id": redemption_id,
        "merchant_id": merchant.id,
        "amount": amount,
        "payout_promptpay": merchant.payout_promptpay,
        "payout_bank_account": merchant.payout_bank_account,
        "payout_bank_code": merchant.payout_bank_code,
        "status": "queued",
        "created_at": now,
    }
    query = insert(payout_instructions).returning(payout_instructions.c.id)
    instruction_id: int = connection.execute(query, values).scalar_one()
    return instruction_id


def create_payout_batch(connection: Connection, actor: str, now: datetime) -> PayoutBatch:
    """Gather every queued instruction the bank can pay into a new batch; those to an
    account whose bank is not known stay queued (``payee_bank``)."""
    complete_bank_codes(connection)
    queued = connection.execute(
        select(payout_instructions.c.id, payout_instructions.c.amount)
        .where(payout_instructions.c.status == "queued", not_(NEEDS_BANK))
        .order_by(payout_instructions.c.id)
        .with_for_update(key_share=True)
    ).all()
    if not queued:
        if waiting := shops_needing_bank(connection):
            raise PayoutBankMissing(
                "no payout can be batched: the bank of the account is missing for "
                + ", ".join(waiting)
            )
        raise NothingToPay("no payout instruction is waiting")
    ids = [row.id for row in queued]
    total = sum(row.amount for row in queued)
    values = {"status": "open", "total": total, "instruction_count": len(ids)}
    batch_id = connection.execute(
        insert(payout_batches).returning(payout_batches.c.id),
        {**values, "created_at": now, "created_by": actor},
    ).scalar_one()
    gathered = connection.execute(
        update(payout_instructions)
        .where(payout_instructions.c.id.in_(ids), payout_instructions.c.status == "queued")
        .values(status="batched", batch_id=batch_id)
    )
    assert gathered.rowcount == len(ids), "queued instructions changed under a row lock"
    audit.record(
        connection,
        actor=actor,
        action="payout.batch_create",
        subject_type="payout_batch",
        subject_id=batch_id,
        after={**values, "instruction_ids": ids},
    )
    return get_payout_batch(connection, batch_id)


def get_payout_batch(connection: Connection, batch_id: int) -> PayoutBatch:
    row = _batch_row(connection, batch_id)
    return PayoutBatch(
        row.id, row.status, row.total, row.instruction_count, row.bank_reference, row.transfer_id
    )


def mark_batch_paid(
    connection: Connection, batch_id: int, actor: str, now: datetime, bank_reference: str
) -> PayoutBatch:
    """The bank paid the batch. Marking it again with the same reference changes nothing."""
    bank_reference = bank_reference.strip()
    if not 0 < len(bank_reference) <= 80:
        raise errors.WalletError("the bank reference must be 1 to 80 characters")
    batch = _batch_row(connection, batch_id, lock=True)
    if batch.status == "paid":
        if batch.bank_reference != bank_reference:
            raise PayoutBatchAlreadyPaid(
                f"batch {batch_id} was paid under bank reference {batch.bank_reference!r}"
            )
        return get_payout_batch(connection, batch_id)
    request = ledger.TransferRequest(
        book.system_account_id(connection, book.PAYOUTS),
        book.system_account_id(connection, book.BANK),
        batch.total,
        "THB",
        "payout",
        f"จ่ายเงินร้านค้า ชุดที่ {batch_id} ({bank_reference})",
        {"actor": actor, "payout_batch_id": batch_id, "bank_reference": bank_reference},
        idempotency_key=f"payout-batch:{batch_id}",
    )
    transfer = ledger.post_transfer(connection, request)
    connection.execute(
        update(payout_instructions)
        .where(payout_instructions.c.batch_id == batch_id)
        .values(status="paid", paid_at=now)
    )
    paid = {"status": "paid", "bank_reference": bank_reference, "transfer_id": transfer.id}
    connection.execute(
        update(payout_batches)
        .where(payout_batches.c.id == batch_id)
        .values(**paid, paid_at=now, paid_by=actor)
    )
    audit.record(
        connection,
        actor=actor,
        action="payout.batch_paid",
        subject_type="payout_batch",
        subject_id=batch_id,
        before={"status": batch.status},
        after={**paid, "total": batch.total},
    )
    return get_payout_batch(connection, batch_id)


def merchant_payouts(
    connection: Connection, merchant_id: int, limit: int = 50
) -> list[PayoutInstruction]:
    """The merchant's payout instructions, newest first, with the bank's reference once paid."""
    merchant_row(connection, merchant_id)
    rows = connection.execute(
        select(payout_instructions, payout_batches.c.bank_reference)
        .outerjoin(payout_batches, payout_batches.c.id == payout_instructions.c.batch_id)
        .where(payout_instructions.c.merchant_id == merchant_id)
        .order_by(payout_instructions.c.id.desc())
        .limit(limit)
    )
    return [
        PayoutInstruction(
            row.id,
            row.redemption_id,
            row.merchant_id,
            row.amount,
            *payee(row),
            row.status,
            row.batch_id,
            row.bank_reference,
            row.created_at,
            row.paid_at,
        )
        for row in rows
    ]


def _batch_row(connection: Connection, batch_id: int, lock: bool = False) -> Row[Any]:
    query = select(payout_batches).where(payout_batches.c.id == batch_id)
    row = connection.execute(query.with_for_update(key_share=True) if lock else query).first()
    if row is None:
        raise UnknownPayoutBatch(f"payout batch {batch_id} does not exist")
    return row


def payee(instruction: Row[Any]) -> tuple[str, str]:
    """``(payee_type, payee)`` of a ``wallet_payout_instructions`` row."""
    if instruction.payout_promptpay:
        return "promptpay", instruction.payout_promptpay
    return "bank_account", instruction.payout_bank_account
