"""The one way a member pays a merchant, whatever the channel (QR link, pay code, API):
merchant approved, program rules kept, the best coin discount applied, the ledger
posted as one linked batch, and the payment recorded for refunds and reports."""

import hashlib
import json
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select

from thungngoen import ledger
from thungngoen.db.prepared import Prepared
from thungngoen.wallet import errors, programs
from thungngoen.wallet.notifications import tell_shop_payment
from thungngoen.wallet.payment_record import MAX_PAYMENT as MAX_PAYMENT
from thungngoen.wallet.payment_record import Payment as Payment
from thungngoen.wallet.payment_record import approved_merchant as approved_merchant
from thungngoen.wallet.payment_record import payment_from_row as payment_from_row
from thungngoen.wallet.people import Member, Shop
from thungngoen.wallet.promotions import best_discount
from thungngoen.wallet.tables import payments

MAX_REFERENCE = 60
"""The most characters a payment's reference (the shop's note: a table, an order) has,
whichever way it is paid; the payment-request table stores no more."""

# Every payment asks these: prepared statements (see thungngoen.db.prepared).
_PAYMENT_COLUMNS = (
    "id",
    "transfer_id",
    "member_id",
    "merchant_id",
    "amount",
    "discount",
    "channel",
)
_PAYMENT_BY_KEY = Prepared(
    select(*(payments.c[name] for name in _PAYMENT_COLUMNS)).where(
        payments.c.idempotency_key == bindparam("key")
    )
)
_REQUEST_BY_KEY = Prepared(
    select(payments.c.merchant_id, payments.c.amount, payments.c.channel, payments.c.details).where(
        payments.c.idempotency_key == bindparam("key")
    )
)
_INSERT_PAYMENT = Prepared(
    insert(payments).returning(payments.c.id),
    [
        "transfer_id",
        "member_id",
        "merchant_id",
        "amount",
        "discount",
        "refunded",
        "program_id",
        "channel",
        "created_at",
        "idempotency_key",
        "details",
    ],
)


def check_reference(reference: str) -> None:
    if len(reference) > MAX_REFERENCE:
        raise errors.ReferenceTooLong(f"a reference has at most {MAX_REFERENCE} characters")


def pay_merchant(
    connection: Connection,
    *,
    member: Member,
    merchant_id: int,
    amount: int,
    channel: str,
    idempotency_key: str,
    now: datetime,
    reference: str = "",
) -> Payment:
    if not isinstance(amount, int) or isinstance(amount, bool) or not 0 < amount <= MAX_PAYMENT:
        raise errors.InvalidAmount(f"amount must be between 0.01 and {MAX_PAYMENT // 100:,} baht")
    check_reference(reference)
    key = payment_key(member.id, idempotency_key)
    earlier = find_payment(connection, key)
    if earlier is not None:
        if _asked_of(connection, key) != (merchant_id, amount, channel, reference):
            raise ledger.errors.IdempotencyConflict(
                "this idempotency key was already used for a different payment"
            )
        return earlier
    shop = approved_merchant(connection, merchant_id)
    program = programs.check_payment(connection, member, shop, amount, now)
    discount = best_discount(connection, merchant_id, amount, now)
    legs = _legs(member, shop, amount, discount, reference)
    transfers = _post(connection, legs, key)
    off = discount.amount if discount else 0
    values = {
        "transfer_id": transfers[0].id,
        "member_id": member.id,
        "merchant_id": merchant_id,
        "amount": amount,
        "discount": off,
        "refunded": 0,
        "program_id": program,
        "channel": channel,
        "created_at": now,
        "idempotency_key": key,
        "details": {"reference": reference, "promotion_id": discount.promotion_id}
        if discount
        else {"reference": reference},
    }
    [(payment_id,)] = _INSERT_PAYMENT.run(connection, values)
    tell_shop_payment(
        connection,
        member_user_id=member.user_id,
        owner_user_id=shop.owner_user_id,
        shop=shop.business_name,
        charged=amount - off,
        transfer_id=transfers[0].id,
        balance_after=transfers[0].debit_balance_after,
        now=now,
    )
    return Payment(
        payment_id, transfers[0].id, member.id, merchant_id, amount, off, amount - off, channel
    )


def _legs(
    member: Member, shop: Shop, amount: int, discount: Any, reference: str
) -> list[ledger.TransferRequest]:
    memo = f"{shop.business_name} {reference}".strip()
    price = amount - discount.amount if discount and discount.kind == "percent" else amount
    legs = [
        ledger.TransferRequest(member.account_id, shop.account_id, price, "SKC", "payment", memo)
    ]
    if discount and discount.kind == "cashback":
        legs.append(
            ledger.TransferRequest(
                shop.account_id, member.account_id, discount.amount, "SKC", "cashback", memo
            )
        )
    return legs


def _post(
    connection: Connection, legs: list[ledger.TransferRequest], key: str
) -> list[ledger.Transfer]:
    """One leg is a plain transfer (the fast path); a cashback makes a linked batch."""
    if len(legs) == 1:
        return [ledger.post_transfer(connection, replace(legs[0], idempotency_key=key))]
    try:
        return ledger.post_batch(connection, legs, idempotency_key=key)
    except ledger.errors.BatchLegRejected as rejected:
        raise rejected.cause from rejected


def payment_key(member_id: int, idempotency_key: str) -> str:
    """The ledger's key of a member's payment: the caller's key, or its SHA-256 when the
    whole would pass the ledger's limit (a pay code adds its own prefix to the key)."""
    key = f"pay:{member_id}:{idempotency_key}"
    if len(key) <= ledger.MAX_KEY_LENGTH:
        return key
    return f"pay:{member_id}:#{hashlib.sha256(idempotency_key.encode()).hexdigest()}"


def _asked_of(connection: Connection, key: str) -> tuple[int, int, str, str]:
    """What the payment made with ``key`` was asked for: the whole request, so that a key
    used again for anything else (another reference too) is a conflict, not a replay."""
    merchant_id, amount, channel, details = _REQUEST_BY_KEY.run(connection, {"key": key})[0]
    if isinstance(details, str):  # the driver's raw JSON on SQLite (prepared statement)
        details = json.loads(details)
    return merchant_id, amount, channel, (details or {}).get("reference", "")


def find_payment(connection: Connection, key: str) -> Payment | None:
    """The payment an earlier call with this (``payment_key``) key made, if any."""
    found = _PAYMENT_BY_KEY.run(connection, {"key": key})
    if not found:
        return None
    payment_id, transfer_id, member_id, merchant_id, amount, discount, channel = found[0]
    return Payment(
        payment_id,
        transfer_id,
        member_id,
        merchant_id,
        amount,
        discount,
        amount - discount,
        channel,
    )
