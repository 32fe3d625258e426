"""The redemption API's requests and answers.

The answers are read from the operations' value objects (``from_attributes``); ``From("x")``
names the attribute a ``*_satang`` field comes from."""

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from thungngoen.redemption import WARNING_PERCENT
from thungngoen.web.api_fields import ApiModel, BasisPoints, BodyId, Code, Satang


def From(attribute: str) -> Any:  # noqa: N802 (reads as a field declaration)
    return Field(validation_alias=attribute)


class Answer(BaseModel):
    model_config = ConfigDict(from_attributes=True, populate_by_name=True)


class Position(Answer):
    balance_satang: int = From("balance")
    received_from_members_satang: int = From("received_from_members")
    required_respend_satang: int = From("required_respend")
    respent_satang: int = From("respent")
    respend_owed_satang: int = From("respend_owed")
    redeemable_satang: int = From("redeemable")


class CoinRedemptionAsk(ApiModel):
    amount_satang: int = Satang
    fund_code: Code = Field(description="The community fund the fee goes to, e.g. welfare.")


class CoinRedemptionOut(Answer):
    redemption_id: int = From("id")
    amount_satang: int = From("amount")
    fee_satang: int = From("fee")
    net_satang: int = From("net")
    fund_code: str
    burn_transfer_id: int
    payout_instruction_id: int = From("instruction_id")


class SupplierPaymentAsk(ApiModel):
    supplier_merchant_id: BodyId
    amount_satang: int = Satang


class SupplierPaymentOut(Answer):
    payment_id: int = From("id")
    transfer_id: int
    supplier_merchant_id: int
    amount_satang: int = From("amount")


class PayoutOut(Answer):
    instruction_id: int = From("id")
    redemption_id: int
    amount_satang: int = From("amount")
    payee_type: str
    payee: str
    status: str
    batch_id: int | None
    bank_reference: str | None
    created_at: datetime
    paid_at: datetime | None


class PayoutBatchOut(Answer):
    batch_id: int = From("id")
    status: str
    total_satang: int = From("total")
    instruction_count: int
    bank_reference: str | None
    transfer_id: int | None


class BankPaid(ApiModel):
    bank_reference: str


class TierRuleIn(ApiModel):
    may_redeem: bool
    respend_share_bp: BasisPoints = Field(
        description="Member receipts to re-spend first (5000 = 50%)."
    )
    fee_bp: BasisPoints = Field(description="Redemption fee in basis points (500 = 5%).")


class TierRuleOut(BaseModel):
    may_redeem: bool
    respend_share_bp: int = Field(description="Member receipts to re-spend first (5000 = 50%).")
    fee_bp: int = Field(description="Redemption fee in basis points (500 = 5%).")
    tier: str


class FloatReportOut(Answer):
    as_of: datetime
    outstanding_satang: int = From("outstanding")
    average_outstanding_satang: int = From("average_outstanding")
    limit_satang: int = From("limit")
    share_used: float = Field(description="The 6-month average over the limit (0.8 = 80%).")
    warning: bool = Field(description=f"The average is {WARNING_PERCENT}% or more.")
    window_first_day: date = From("first_day")
    window_last_day: date = From("last_day")


class FundOut(Answer):
    code: str
    name: str
    balance_satang: int = From("balance")
