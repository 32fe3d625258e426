"""Redeeming a voucher: its full value, once, from the batch's float to a wallet.

Exactly once: a conditional ``UPDATE … WHERE status = 'issued'`` on the voucher row and
the ledger transfer share one transaction; a concurrent second redemption finds no row to
update and is refused. No audit entry: the transfer is the record (actor and voucher id
in its metadata).
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, select, update

from thungngoen import ledger
from thungngoen.vouchers.codes import parse_code
from thungngoen.vouchers.digest import code_digest
from thungngoen.vouchers.errors import (
    UnknownVoucher,
    VoucherAlreadyRedeemed,
    VoucherBatchCancelled,
    VoucherExpired,
)
from thungngoen.vouchers.tables import voucher_batches, vouchers
from thungngoen.wallet import approved_merchant, get_member


@dataclass(frozen=True, slots=True)
class Redemption:
    voucher_id: int
    batch_id: int
    transfer_id: int
    account_id: int
    amount: int
    last4: str


def redeem_to_member(
    connection: Connection,
    *,
    code: str,
    member_id: int,
    idempotency_key: str,
    actor: str,
    now: datetime,
) -> Redemption:
    """The voucher's full value into a member's wallet (at an agent's counter, say)."""
    digest = code_digest(connection, parse_code(code))
    account_id = get_member(connection, member_id).account_id
    return _redeem(connection, digest, account_id, idempotency_key, actor, now, "member", member_id)


def redeem_at_merchant(
    connection: Connection,
    *,
    code: str,
    merchant_id: int,
    idempotency_key: str,
    actor: str,
    now: datetime,
) -> Redemption:
    """The voucher's full value to an approved shop, for goods handed over at the counter."""
    digest = code_digest(connection, parse_code(code))
    account_id = approved_merchant(connection, merchant_id).account_id
    return _redeem(
        connection, digest, account_id, idempotency_key, actor, now, "merchant", merchant_id
    )


_VOUCHER_WITH_BATCH = select(
    vouchers,
    voucher_batches.c.value,
    voucher_batches.c.expires_at,
    voucher_batches.c.float_account_id,
    voucher_batches.c.name,
).join(voucher_batches, voucher_batches.c.id == vouchers.c.batch_id)


def _redeem(
    connection: Connection,
    digest: str,
    account_id: int,
    key: str,
    actor: str,
    now: datetime,
    to_type: str,
    to_id: int,
) -> Redemption:
    query = _VOUCHER_WITH_BATCH.where(vouchers.c.code_digest == digest)
    voucher = connection.execute(query).first()
    if voucher is None:
        raise UnknownVoucher("no voucher has this code")
    if (voucher.redeem_key, voucher.redeemed_account_id) == (key, account_id):
        return _replay(voucher)  # the same request again: its first result
    _check_redeemable(voucher, now)
    claimed = connection.execute(
        update(vouchers)
        .where(vouchers.c.id == voucher.id, vouchers.c.status == "issued")
        .values(
            status="redeemed",
            redeemed_at=now,
            redeemed_by=actor,
            redeemed_account_id=account_id,
            redeem_key=key,
        )
    )
    if claimed.rowcount != 1:  # a concurrent redemption, expiry or cancellation came first
        _check_redeemable(connection.execute(query).one(), now)
        raise AssertionError("a voucher that is still issued could not be claimed")
    metadata = {
        "actor": actor,
        "voucher_id": voucher.id,
        "voucher_batch_id": voucher.batch_id,
        "last4": voucher.last4,
        f"{to_type}_id": to_id,
    }
    request = ledger.TransferRequest(
        voucher.float_account_id,
        account_id,
        voucher.value,
        "SKC",
        "voucher_redeem",
        f"{voucher.name} ···{voucher.last4}",
        metadata,
        idempotency_key=f"voucher-redeem:{voucher.id}",
    )
    transfer = ledger.post_transfer(connection, request)
    connection.execute(
        update(vouchers).where(vouchers.c.id == voucher.id).values(redeemed_transfer_id=transfer.id)
    )
    return Redemption(
        voucher.id, voucher.batch_id, transfer.id, account_id, voucher.value, voucher.last4
    )


def _check_redeemable(voucher: Row[Any], now: datetime) -> None:
    if voucher.status == "redeemed":
        raise VoucherAlreadyRedeemed("this voucher has already been used")
    if voucher.status == "cancelled":
        raise VoucherBatchCancelled("this voucher was withdrawn by the operator")
    if voucher.status == "expired" or voucher.expires_at <= now:
        raise VoucherExpired("this voucher has expired")


def _replay(voucher: Row[Any]) -> Redemption:
    return Redemption(
        voucher.id,
        voucher.batch_id,
        voucher.redeemed_transfer_id,
        voucher.redeemed_account_id,
        voucher.value,
        voucher.last4,
    )
