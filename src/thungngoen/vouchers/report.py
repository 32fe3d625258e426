"""What the operator sees of batches: counts by state, and the sheet to print once."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, func, select

from thungngoen.money import format_money
from thungngoen.vouchers.errors import UnknownVoucherBatch
from thungngoen.vouchers.issue import GeneratedBatch
from thungngoen.vouchers.tables import voucher_batches, vouchers


@dataclass(frozen=True, slots=True)
class BatchSummary:
    batch_id: int
    name: str
    value: int
    fund_code: str
    expires_at: datetime
    status: str
    issued: int
    redeemed: int
    expired: int
    cancelled: int
    outstanding: int
    """Vouchers still redeemable (or awaiting expiry); their value is the float's balance."""

    @property
    def outstanding_value(self) -> int:
        return self.outstanding * self.value


@dataclass(frozen=True, slots=True)
class SheetLine:
    number: str
    code: str
    value: str
    name: str
    valid_until: str


def voucher_batch_summaries(
    connection: Connection, batch_id: int | None = None
) -> list[BatchSummary]:
    """Each batch (or one) with its vouchers counted by state, newest first."""
    counts = select(vouchers.c.batch_id, vouchers.c.status, func.count().label("n")).group_by(
        vouchers.c.batch_id, vouchers.c.status
    )
    batches = select(voucher_batches).order_by(voucher_batches.c.id.desc())
    if batch_id is not None:
        counts = counts.where(vouchers.c.batch_id == batch_id)
        batches = batches.where(voucher_batches.c.id == batch_id)
    tally: dict[int, dict[str, int]] = {}
    for row in connection.execute(counts):
        tally.setdefault(row.batch_id, {})[row.status] = row.n
    return [_summary(row, tally.get(row.id, {})) for row in connection.execute(batches)]


def voucher_batch_summary(connection: Connection, batch_id: int) -> BatchSummary:
    found = voucher_batch_summaries(connection, batch_id)
    if not found:
        raise UnknownVoucherBatch(f"voucher batch {batch_id} does not exist")
    return found[0]


def _summary(row: Row[Any], counts: dict[str, int]) -> BatchSummary:
    return BatchSummary(
        batch_id=row.id,
        name=row.name,
        value=row.value,
        fund_code=row.fund_code,
        expires_at=row.expires_at,
        status=row.status,
        issued=row.size,
        redeemed=counts.get("redeemed", 0),
        expired=counts.get("expired", 0),
        cancelled=counts.get("cancelled", 0),
        outstanding=counts.get("issued", 0),
    )


def printable_sheet(generated: GeneratedBatch) -> list[SheetLine]:
    """One line per voucher to print and cut: the only time the codes can be printed."""
    valid_until = generated.expires_on
    thai_date = f"{valid_until.day}/{valid_until.month}/{valid_until.year + 543}"
    total = len(generated.codes)
    return [
        SheetLine(
            number=f"{generated.batch_id}-{index}/{total}",
            code=code,
            value=format_money(generated.value, "SKC"),
            name=generated.name,
            valid_until=f"ใช้ได้ถึง {thai_date}",
        )
        for index, code in enumerate(generated.codes, start=1)
    ]
