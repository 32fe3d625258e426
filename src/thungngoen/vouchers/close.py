"""Closing a batch: expiry and cancellation give the unredeemed vouchers' value back.

The coin is burned (float → ``skc:mint``) and the baht returns to the fund
(``thb:backing`` → fund), linked. Each closes its batch once, so running either again
moves nothing.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, select, update

from thungngoen import audit, ledger
from thungngoen.vouchers.booking import fund_account_code, leg
from thungngoen.vouchers.errors import UnknownVoucherBatch, VoucherBatchClosed
from thungngoen.vouchers.tables import voucher_batches, vouchers
from thungngoen.wallet import book


@dataclass(frozen=True, slots=True)
class Closure:
    """What expiring or cancelling one batch gave back to its fund."""

    batch_id: int
    status: str
    vouchers: int
    amount: int


def cancel_voucher_batch(
    connection: Connection, batch_id: int, *, reason: str, actor: str, now: datetime
) -> Closure:
    """Withdraw a batch (a sheet lost or stolen): its unredeemed value goes back to the fund."""
    batch = _batch(connection, batch_id)
    closure = _close(connection, batch, "cancelled", actor, now, reason)
    if closure is None:
        raise VoucherBatchClosed(f"voucher batch {batch_id} is already closed")
    return closure


def expire_vouchers(
    connection: Connection, now: datetime, actor: str = "system:voucher-expiry"
) -> list[Closure]:
    """Close every batch past its expiry date; running it again moves nothing."""
    due = select(voucher_batches).where(
        voucher_batches.c.status == "active", voucher_batches.c.expires_at <= now
    )
    rows = connection.execute(due.order_by(voucher_batches.c.id)).all()
    return [c for row in rows if (c := _close(connection, row, "expired", actor, now)) is not None]


def _batch(connection: Connection, batch_id: int) -> Row[Any]:
    row = connection.execute(
        select(voucher_batches).where(voucher_batches.c.id == batch_id)
    ).first()
    if row is None:
        raise UnknownVoucherBatch(f"voucher batch {batch_id} does not exist")
    return row


def _close(
    connection: Connection,
    batch: Row[Any],
    status: str,
    actor: str,
    now: datetime,
    reason: str = "",
) -> Closure | None:
    """Close an active batch (``None`` if it no longer is) and return its unredeemed value."""
    closing = (
        update(voucher_batches)
        .where(voucher_batches.c.id == batch.id, voucher_batches.c.status == "active")
        .values(status=status, closed_at=now)
    )
    if connection.execute(closing).rowcount != 1:
        return None
    unredeemed = connection.execute(
        update(vouchers)
        .where(vouchers.c.batch_id == batch.id, vouchers.c.status == "issued")
        .values(status=status)
    ).rowcount
    amount = unredeemed * batch.value
    if amount:
        _give_back(connection, batch, status, amount, actor, reason)
    audit.record(
        connection,
        actor=actor,
        action=f"voucher.{'cancel' if status == 'cancelled' else 'expire'}",
        subject_type="voucher_batch",
        subject_id=batch.id,
        before={"status": batch.status},
        after={"status": status, "vouchers": unredeemed, "returned": amount, "reason": reason},
    )
    return Closure(batch.id, status, unredeemed, amount)


def _give_back(
    connection: Connection, batch: Row[Any], status: str, amount: int, actor: str, reason: str
) -> None:
    """Burn the unredeemed coin and return its baht to the fund, as one linked batch."""
    metadata = {"actor": actor, "voucher_batch_id": batch.id, "reason": reason or status}
    purpose = f"voucher_{status}"
    fund = fund_account_code(batch.fund_code)
    legs = [
        leg(
            connection,
            batch.float_account_id,
            book.MINT,
            amount,
            "SKC",
            batch.name,
            metadata,
            purpose,
        ),
        leg(connection, book.BACKING, fund, amount, "THB", batch.name, metadata, purpose),
    ]
    ledger.post_batch(connection, legs, idempotency_key=f"voucher-{status}:{batch.id}")
