"""Refunds: a shop gives back coin from a payment, to where it came from."""

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, insert, select, update

from thungngoen import audit, ledger
from thungngoen.clock import utc_now
from thungngoen.wallet import errors
from thungngoen.wallet.checkout import approved_merchant
from thungngoen.wallet.people import get_member
from thungngoen.wallet.programs import EVENT_CHANNEL, AllowanceClosed, get_program
from thungngoen.wallet.tables import payments, refunds

MAX_REASON = 200


def refund(
    connection: Connection,
    *,
    merchant_id: int,
    payment_id: int,
    amount: int,
    idempotency_key: str,
    actor: str,
    now: datetime | None = None,
    reason: str = "",
) -> ledger.Transfer:
    """The shop gives coin back, never more than what is left of what the member paid,
    to where it came from: the member's wallet, or the event allowance it was paid from.
    The shop's ``reason`` (optional) is kept on the transfer and in the audit log."""
    key = f"refund:{merchant_id}:{idempotency_key}"
    earlier = connection.execute(select(refunds).where(refunds.c.idempotency_key == key)).first()
    if earlier is not None:
        if (earlier.payment_id, earlier.amount) != (payment_id, amount):
            raise ledger.errors.IdempotencyConflict("this refund key was used for another refund")
        return ledger.get_transfer(connection, earlier.transfer_id)
    row = connection.execute(select(payments).where(payments.c.id == payment_id)).first()
    if row is None or row.merchant_id != merchant_id:
        raise errors.WalletError("no such payment at this shop")
    if not isinstance(amount, int) or amount <= 0:
        raise errors.InvalidAmount("a refund is a positive amount")
    if len(reason) > MAX_REASON:
        raise errors.WalletError(f"a refund reason has at most {MAX_REASON} characters")
    back_to = _refunded_to(connection, row)
    counted = connection.execute(
        update(payments)
        .where(payments.c.id == payment_id)
        .where(payments.c.refunded + amount <= payments.c.amount - payments.c.discount)
        .values(refunded=payments.c.refunded + amount)
    )
    if counted.rowcount != 1:
        raise errors.RefundTooLarge("a refund cannot exceed what is left of the payment")
    shop = approved_merchant(connection, merchant_id)
    transfer = ledger.post_transfer(
        connection,
        ledger.TransferRequest(
            shop.account_id,
            back_to,
            amount,
            "SKC",
            "refund",
            f"คืนเงิน {shop.business_name}",
            {"payment_id": payment_id, "actor": actor, "reason": reason},
        ),
    )
    connection.execute(
        insert(refunds),
        {
            "payment_id": payment_id,
            "transfer_id": transfer.id,
            "idempotency_key": key,
            "amount": amount,
            "created_at": now or utc_now(),
        },
    )
    audit.record(
        connection,
        actor=actor,
        action="payment.refund",
        subject_type="payment",
        subject_id=payment_id,
        before={"refunded": row.refunded},
        after={"refunded": row.refunded + amount, "transfer_id": transfer.id, "reason": reason},
    )
    return transfer


def _refunded_to(connection: Connection, payment: Row[Any]) -> int:
    """The account a refund credits. An allowance refunded into the wallet would turn
    event money into ordinary coin, so it goes back to the allowance; once the event is
    closed (the rest burned and returned to its fund) that account is closed too."""
    if payment.channel != EVENT_CHANNEL:
        return get_member(connection, payment.member_id).account_id
    account_id = int(payment.details["allowance_account_id"])
    if ledger.get_account(connection, account_id).status == "closed":
        event = get_program(connection, payment.program_id)
        raise AllowanceClosed(
            f"event {event.name} is closed and its allowances went back to the fund;"
            " this payment can no longer be refunded"
        )
    return account_id
