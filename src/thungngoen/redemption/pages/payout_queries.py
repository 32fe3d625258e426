"""What the payout pages read beside ``get_payout_batch``: the instructions waiting for a
batch, the batches, and a batch's lines, with the shops' names (read only)."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, select

from thungngoen.redemption.payouts import payee
from thungngoen.redemption.tables import payout_batches, payout_instructions
from thungngoen.wallet import bank_name
from thungngoen.wallet.tables import merchants

BATCHES_SHOWN = 50


@dataclass(frozen=True, slots=True)
class PayoutLine:
    id: int
    business_name: str
    amount: int
    payee_type: str
    payee: str
    """Shown masked: the full PromptPay ID or account is in the bank file only."""
    created_at: datetime
    bank_name: str = ""
    """The English name of the account's bank (a catalogue text), ``""`` for PromptPay."""
    needs_bank: bool = False
    """An account whose bank is not known: it waits out of every batch (``payee_bank``)."""


@dataclass(frozen=True, slots=True)
class BatchRow:
    id: int
    status: str
    total: int
    instruction_count: int
    bank_reference: str | None
    created_at: datetime
    paid_at: datetime | None


def masked(identifier: str) -> str:
    return "•" * max(len(identifier) - 4, 0) + identifier[-4:]


def payout_lines(connection: Connection, batch_id: int | None) -> list[PayoutLine]:
    """A batch's instructions, or (``None``) those still waiting for a batch."""
    query = (
        select(payout_instructions, merchants.c.business_name)
        .join(merchants, merchants.c.id == payout_instructions.c.merchant_id)
        .order_by(payout_instructions.c.id)
    )
    if batch_id is None:
        query = query.where(payout_instructions.c.status == "queued")
    else:
        query = query.where(payout_instructions.c.batch_id == batch_id)
    return [
        PayoutLine(
            row.id,
            row.business_name,
            row.amount,
            payee(row)[0],
            masked(payee(row)[1]),
            row.created_at,
            "" if row.payout_promptpay else bank_name(row.payout_bank_code),
            not row.payout_promptpay and row.payout_bank_code is None,
        )
        for row in connection.execute(query)
    ]


def batch_rows(connection: Connection) -> list[BatchRow]:
    """The latest batches, newest first."""
    rows = connection.execute(
        select(payout_batches).order_by(payout_batches.c.id.desc()).limit(BATCHES_SHOWN)
    )
    return [
        BatchRow(
            row.id,
            row.status,
            row.total,
            row.instruction_count,
            row.bank_reference,
            row.created_at,
            row.paid_at,
        )
        for row in rows
    ]
