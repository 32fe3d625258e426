"""A network merchant pays another in coin: its re-spend, which the tier rules count."""

from typing import Any

from sqlalchemy import Connection, insert, select

from thungngoen import ledger
from thungngoen.clock import utc_now
from thungngoen.ledger.tables import transfers
from thungngoen.redemption.model import MerchantPayment
from thungngoen.redemption.tables import merchant_payments
from thungngoen.redemption.tiers import merchant_row
from thungngoen.wallet import check_amount, errors

MAX_SUPPLIER_PAYMENT = 100_000_000


def pay_supplier(
    connection: Connection,
    merchant_id: int,
    supplier_merchant_id: int,
    amount: int,
    idempotency_key: str,
    actor: str,
) -> MerchantPayment:
    """A network merchant pays another in coin (its re-spend); the transfer is the record."""
    check_amount(amount, MAX_SUPPLIER_PAYMENT)
    if merchant_id == supplier_merchant_id:
        raise errors.WalletError("a merchant cannot pay itself")
    payer = merchant_row(connection, merchant_id, lock=True)
    key = f"supplier:{merchant_id}:{idempotency_key}"
    earlier = connection.execute(
        select(merchant_payments)
        .join(transfers, transfers.c.id == merchant_payments.c.transfer_id)
        .where(transfers.c.idempotency_key == key)
    ).first()
    if earlier is not None:
        if (earlier.supplier_merchant_id, earlier.amount) != (supplier_merchant_id, amount):
            raise ledger.errors.IdempotencyConflict(
                "this idempotency key was already used for a different payment"
            )
        return MerchantPayment(
            earlier.id, earlier.transfer_id, merchant_id, supplier_merchant_id, amount
        )
    supplier = merchant_row(connection, supplier_merchant_id)
    if payer.status != "approved" or supplier.status != "approved":
        raise errors.MerchantNotApproved("both shops must be approved network merchants")
    request = ledger.TransferRequest(
        payer.account_id,
        supplier.account_id,
        amount,
        "SKC",
        "supplier_payment",
        f"{payer.business_name} → {supplier.business_name}",
        {"actor": actor, "merchant_id": merchant_id, "supplier_merchant_id": supplier.id},
        idempotency_key=key,
    )
    transfer = ledger.post_transfer(connection, request)
    values: dict[str, Any] = {"transfer_id": transfer.id, "merchant_id": merchant_id}
    values |= {
        "amount": amount,
        "supplier_merchant_id": supplier_merchant_id,
        "created_at": utc_now(),
    }
    payment_id = connection.execute(
        insert(merchant_payments).returning(merchant_payments.c.id), values
    ).scalar_one()
    return MerchantPayment(payment_id, transfer.id, merchant_id, supplier_merchant_id, amount)
