"""The vouchers API's request and response bodies (their class names are the OpenAPI
document's schema names)."""

from datetime import date, datetime

from pydantic import BaseModel, Field

from thungngoen.vouchers.issue import MAX_BATCH_SIZE
from thungngoen.web.api_fields import ApiModel, Code, Day, Name, Satang, whole


class BatchAsk(ApiModel):
    name: Name
    value_satang: int = Satang
    count: int = whole(1, MAX_BATCH_SIZE, "How many vouchers the sheet holds.")
    expires_on: Day
    fund_code: Code


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


class Cancel(ApiModel):
    reason: str = Field(description="Why, for the audit log: a sheet lost or stolen, say.")


class ClosureOut(BaseModel):
    batch_id: int
    status: str
    vouchers: int
    returned_satang: int = Field(validation_alias="amount")


class RedeemAsk(ApiModel):
    code: str = Field(max_length=40, description="The 12 digits as typed (dashes, Thai digits).")


class RedemptionOut(BaseModel):
    voucher_id: int
    batch_id: int
    transfer_id: int
    amount_satang: int = Field(validation_alias="amount")
    last4: str
