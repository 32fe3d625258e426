"""The vouchers API's request and response bodies (their class names are the OpenAPI
document's schema names)."""

from datetime import date, datetime

from pydantic import BaseModel, Field

from thungngoen.web.api_fields import Satang


class BatchAsk(BaseModel):
    name: str
    value_satang: int = Satang
    count: int
    expires_on: date
    fund_code: str


class SheetLineOut(BaseModel):
    number: str
    code: str
    value: str
    name: str
    valid_until: str


class GeneratedOut(BaseModel):
    batch_id: int
    name: str
    value_satang: int
    count: int
    total_satang: int
    fund_code: str
    expires_on: date
    codes: list[str]
    sheet: list[SheetLineOut]


class BatchOut(BaseModel):
    """Read from a :class:`vouchers.BatchSummary` (the aliases name its attributes)."""

    batch_id: int
    name: str
    value_satang: int = Field(validation_alias="value")
    fund_code: str
    expires_at: datetime
    status: str
    issued: int
    redeemed: int
    expired: int
    cancelled: int
    outstanding: int
    outstanding_value_satang: int = Field(validation_alias="outstanding_value")


class Cancel(BaseModel):
    reason: str = Field(description="Why, for the audit log: a sheet lost or stolen, say.")


class ClosureOut(BaseModel):
    batch_id: int
    status: str
    vouchers: int
    returned_satang: int = Field(validation_alias="amount")


class RedeemAsk(BaseModel):
    code: str


class RedemptionOut(BaseModel):
    voucher_id: int
    batch_id: int
    transfer_id: int
    amount_satang: int = Field(validation_alias="amount")
    last4: str
