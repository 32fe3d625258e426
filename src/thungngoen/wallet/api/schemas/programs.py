"""Programs and event allowances (``api.programs``)."""

from datetime import UTC
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from thungngoen.wallet import programs
from thungngoen.web.api_fields import (
    ApiModel,
    AwareMoment,
    BodyId,
    Code,
    Name,
    Phone,
    Pin,
    Satang,
    TambonCode,
    satang_or_none,
)


class ProgramTermsIn(ApiModel):
    name: Name
    valid_from: AwareMoment
    valid_until: AwareMoment | None = Field(None, description="Exclusive end; an event's expiry.")
    allowed_tambons: list[TambonCode] = Field(
        [], max_length=200, description="Sub-district codes; empty: anywhere."
    )
    excluded_categories: list[Annotated[str, Field(max_length=40)]] = Field([], max_length=20)
    daily_limit_satang: int | None = satang_or_none("Per member, per Thai day.")
    monthly_limit_satang: int | None = satang_or_none("Per member, per Thai month.")
    fund_code: Code | None = Field(None, description="Event: the community fund paying it.")
    allowance_satang: int | None = satang_or_none("Event: credited per participant.")

    def terms(self) -> programs.ProgramTerms:
        return programs.ProgramTerms(
            name=self.name,
            valid_from=self.valid_from.astimezone(UTC),
            valid_until=self.valid_until.astimezone(UTC) if self.valid_until else None,
            allowed_tambons=tuple(self.allowed_tambons),
            excluded_categories=tuple(self.excluded_categories),
            daily_limit=self.daily_limit_satang,
            monthly_limit=self.monthly_limit_satang,
            fund_code=self.fund_code,
            allowance=self.allowance_satang,
        )


class ProgramCreate(ProgramTermsIn):
    code: Code
    kind: Literal["sandbox", "event"]


class EventMerchant(ApiModel):
    merchant_id: BodyId


class ParticipantIn(ApiModel):
    phone: Phone


class ParticipantOut(BaseModel):
    program_id: int
    member_id: int
    allowance_satang: int


class ClosingOut(BaseModel):
    program_id: int
    participants: int
    returned_satang: int


class AllowancePayment(ApiModel):
    amount_satang: int = Satang
    pin: str = Pin
