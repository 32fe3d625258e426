"""What a payment returns, and the shapes a member pays with (``api.payments``).
Amounts are integer satang (100 = 1 baht)."""

from datetime import datetime

from pydantic import BaseModel, Field

from thungngoen import ledger
from thungngoen.wallet.checkout import Payment
from thungngoen.wallet.merchant_pay import OpenRequest
from thungngoen.web.api_fields import (
    ApiModel,
    Phone,
    Pin,
    Satang,
)

REFERENCE = "The shop's own reference: up to 60 characters (longer: reference_too_long)."
"""``checkout.check_reference`` refuses a longer one by name, so the body's bound is the
general ``TEXT_MAX``."""


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


class SendCoin(ApiModel):
    to_phone: Phone
    amount_satang: int = Satang
    memo: str = ""
    pin: str = Pin


class Confirm(ApiModel):
    pin: str = Pin


class RequestView(BaseModel):
    merchant_id: int
    business_name: str
    amount_satang: int
    reference: str
    expires_at: datetime
    paid: bool


class OpenRequestOut(BaseModel):
    """A bill a shop's till waits for, found by the shop number: what the customer needs
    to recognise it, and the token that pays it (``/payment-requests/{token}/pay``)."""

    merchant_id: int
    business_name: str
    amount_satang: int
    reference: str
    created_at: datetime
    expires_at: datetime
    token: str

    @classmethod
    def of(cls, bill: OpenRequest) -> "OpenRequestOut":
        return cls(
            merchant_id=bill.merchant_id,
            business_name=bill.business_name,
            amount_satang=bill.amount,
            reference=bill.reference,
            created_at=bill.created_at,
            expires_at=bill.expires_at,
            token=bill.token,
        )


class ShopPayment(ApiModel):
    amount_satang: int = Satang
    pin: str = Pin
    reference: str = Field("", description=REFERENCE)


class PayCodeAsk(ApiModel):
    limit_satang: int = Satang
    pin: str = Pin


class PayCode(BaseModel):
    code: str
    limit_satang: int
    expires_in_seconds: int
