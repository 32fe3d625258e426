"""Shops signing up, asking to be paid, charging and refunding (``api.shops``)."""

from pydantic import BaseModel, Field

from thungngoen.wallet.api.schemas.payments import REFERENCE
from thungngoen.wallet.banks import BankCode
from thungngoen.web.api_fields import (
    ApiModel,
    Name,
    Satang,
    TambonCode,
)


class ShopSignUp(ApiModel):
    business_name: Name
    category: str = Field(max_length=40)
    tambon_code: TambonCode
    payout_promptpay: str | None = Field(None, max_length=20)
    payout_bank_account: str | None = Field(None, max_length=40)
    payout_bank_code: BankCode | None = Field(
        None, description="The bank of the payout account: its Thai bank code, e.g. 006."
    )


class RequestAsk(ApiModel):
    amount_satang: int = Satang
    reference: str = Field("", description=REFERENCE)
    lifetime_seconds: int = Field(900, gt=0, le=86_400)


class RequestMade(BaseModel):
    request_id: int
    token: str
    pay_path: str
    qr_svg: str


class Charge(ApiModel):
    code: str = Field(description="The pay code the member's screen shows (a signed token).")
    amount_satang: int = Satang


class Refund(ApiModel):
    amount_satang: int = Satang
