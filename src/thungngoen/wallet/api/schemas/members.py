"""Members signing up and reading their wallet (``api.members``)."""

from datetime import datetime

from pydantic import BaseModel, Field

from thungngoen.web.api_fields import (
    ApiModel,
    Name,
    Phone,
    TambonCode,
)


class SignUp(ApiModel):
    phone: Phone
    name: Name
    password: str
    tambon_code: TambonCode
    community: Name = ""
    national_id: str | None = Field(
        None, max_length=20, description="13 digits; spaces, dashes and Thai digits allowed."
    )


class SignedUp(BaseModel):
    member_id: int
    user_id: int


class Wallet(BaseModel):
    member_id: int
    name: str
    balance_satang: int
    available_satang: int


class Line(BaseModel):
    transfer_id: int
    created_at: datetime
    amount_satang: int
    balance_after_satang: int
    purpose: str
    memo: str
