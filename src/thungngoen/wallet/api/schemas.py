"""Shapes shared by several wallet routes. Amounts are integer satang (100 = 1 baht)."""

from datetime import datetime

from pydantic import BaseModel, Field

from thungngoen import ledger
from thungngoen.wallet.checkout import Payment

Satang = Field(gt=0, description="Amount in satang (1 baht = 100 satang).")
Pin = Field(pattern=r"^\d{6}$", description="The six-digit payment PIN.")


class TransferOut(BaseModel):
    transfer_id: int
    amount_satang: int
    purpose: str
    memo: str
    created_at: datetime

    @classmethod
    def of(cls, transfer: ledger.Transfer) -> "TransferOut":
        return cls(
            transfer_id=transfer.id,
            amount_satang=transfer.amount,
            purpose=transfer.purpose,
            memo=transfer.memo,
            created_at=transfer.created_at,
        )


class PaymentOut(BaseModel):
    payment_id: int
    transfer_id: int
    merchant_id: int
    amount_satang: int
    discount_satang: int
    charged_satang: int
    channel: str

    @classmethod
    def of(cls, payment: Payment) -> "PaymentOut":
        return cls(
            payment_id=payment.id,
            transfer_id=payment.transfer_id,
            merchant_id=payment.merchant_id,
            amount_satang=payment.amount,
            discount_satang=payment.discount,
            charged_satang=payment.charged,
            channel=payment.channel,
        )
