"""The ledger accounts and legs that issuing and closing a batch share."""

from typing import Any

from sqlalchemy import Connection

from thungngoen import ledger
from thungngoen.wallet import book


def fund_account_code(fund_code: str) -> str:
    return f"thb:fund:{fund_code}"


def open_float(connection: Connection, batch_id: int, name: str) -> int:
    """The batch's own SKC float: the coin of its unredeemed vouchers, never overdrawn."""
    spec = ledger.AccountSpec(
        f"skc:vouchers:{batch_id}",
        "SKC",
        "liability",
        "voucher_batch",
        "voucher_float",
        owner_id=str(batch_id),
        name=f"บัตรกำนัล: {name}"[:200],
        no_overdraft=True,
    )
    return ledger.open_account(connection, spec).id


def leg(
    connection: Connection,
    debit: str | int,
    credit: str | int,
    amount: int,
    currency: str,
    memo: str,
    metadata: dict[str, Any],
    purpose: str = "voucher_issue",
) -> ledger.TransferRequest:
    """A leg between system accounts (by code) or accounts (by id)."""
    ids = [
        a if isinstance(a, int) else book.system_account_id(connection, a) for a in (debit, credit)
    ]
    return ledger.TransferRequest(ids[0], ids[1], amount, currency, purpose, memo, metadata)
