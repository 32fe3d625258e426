"""The bank file of a payout batch: one CSV line per instruction, for a bulk payment; the
same lines as an XLSX for people to read. A Thai bank's bulk credit (SMART / bulk
payment) needs, per line, the receiving bank's three-digit code, the account number (or
the PromptPay ID), the payee's name and the amount; the rest ties the line back to us
(decision 0035)."""

from decimal import Decimal

from sqlalchemy import Connection, select

from thungngoen.exports import csv_text
from thungngoen.redemption.payee_bank import bank_columns
from thungngoen.redemption.payouts import get_payout_batch, payee
from thungngoen.redemption.tables import payout_instructions
from thungngoen.wallet.tables import merchants

CSV_COLUMNS = (
    "batch",
    "instruction",
    "merchant",
    "business_name",
    "payee_type",
    "bank_code",
    "bank_name",
    "payee",
    "amount_baht",
    "reference",
)


def payout_batch_rows(connection: Connection, batch_id: int) -> list[tuple[object, ...]]:
    """The columns, then one line per instruction, amounts in baht as ``1234.50``."""
    get_payout_batch(connection, batch_id)
    rows = connection.execute(
        select(payout_instructions, merchants.c.business_name)
        .join(merchants, merchants.c.id == payout_instructions.c.merchant_id)
        .where(payout_instructions.c.batch_id == batch_id)
        .order_by(payout_instructions.c.id)
    )
    lines: list[tuple[object, ...]] = [CSV_COLUMNS]
    for row in rows:
        baht, satang = divmod(row.amount, 100)
        lines.append(
            (
                batch_id,
                row.id,
                row.merchant_id,
                row.business_name,
                payee(row)[0],
                *bank_columns(None if row.payout_promptpay else row.payout_bank_code),
                payee(row)[1],
                Decimal(f"{baht}.{satang:02d}"),
                f"TN-B{batch_id}-I{row.id}",
            )
        )
    return lines


def payout_batch_csv(connection: Connection, batch_id: int) -> str:
    """The bank file, in the bank's format: no byte order mark (decision 0022)."""
    return csv_text(payout_batch_rows(connection, batch_id), for_people=False)
