"""The bank file of a payout batch: one CSV line per instruction, for a bulk payment."""

import io

from sqlalchemy import Connection, select

from thungngoen.exports import csv_writer
from thungngoen.redemption.payouts import get_payout_batch, payee
from thungngoen.redemption.tables import payout_instructions
from thungngoen.wallet.tables import merchants

CSV_COLUMNS = (
    "batch",
    "instruction",
    "merchant",
    "business_name",
    "payee_type",
    "payee",
    "amount_baht",
    "reference",
)


def payout_batch_csv(connection: Connection, batch_id: int) -> str:
    """The bank file: one line per instruction, amounts in baht as ``1234.50``."""
    get_payout_batch(connection, batch_id)
    rows = connection.execute(
        select(payout_instructions, merchants.c.business_name)
        .join(merchants, merchants.c.id == payout_instructions.c.merchant_id)
        .where(payout_instructions.c.batch_id == batch_id)
        .order_by(payout_instructions.c.id)
    )
    buffer = io.StringIO()
    writer = csv_writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        baht, satang = divmod(row.amount, 100)
        writer.writerow(
            (
                batch_id,
                row.id,
                row.merchant_id,
                row.business_name,
                *payee(row),
                f"{baht}.{satang:02d}",
                f"TN-B{batch_id}-I{row.id}",
            )
        )
    return buffer.getvalue()
