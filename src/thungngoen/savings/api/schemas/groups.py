"""Groups, their rules, members, officers, books and meetings."""

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from thungngoen import savings
from thungngoen.web.api_fields import (
    MAX_SATANG,
    ApiModel,
    BasisPoints,
    BodyId,
    Code,
    Day,
    Name,
    TambonCode,
    id_or_none,
    whole,
)

ByAttributes = ConfigDict(from_attributes=True)

SatangOrZero = Annotated[int, whole(0, MAX_SATANG)]
"""A rule's amount where 0 is a rule too (no fine, no welfare contribution)."""


class RegulationIn(ApiModel):
    """A group's rules (the defaults are a typical Bo Yang group's)."""

    commitment: SatangOrZero = Field(5_000, description="Monthly commitment saving per member.")
    voluntary_allowed: bool = True
    interest_bp: BasisPoints = Field(100, description="Loan interest per month (100 = 1%).")
    interest_method: Literal["flat", "declining"] = Field("flat", description="flat or declining.")
    repayment_method: Literal["equal_instalments", "equal_principal"] = Field(
        "equal_instalments", description="equal_instalments or equal_principal."
    )
    max_loan_percent: Annotated[int, whole(0, 10_000)] = Field(
        300, description="All loans: at most this % of savings."
    )
    max_loan_months: Annotated[int, whole(1, 360)] = 24
    approvals_required: Annotated[int, whole(1, 5)] = 2
    fine_missed_commitment: SatangOrZero = 1_000
    fine_late_repayment: SatangOrZero = 2_000
    welfare_monthly: SatangOrZero = Field(
        0, description="Welfare contribution per member per month."
    )
    enterprise_basis: Literal["deposits", "profit"] = Field(
        "deposits", description="deposits or profit."
    )
    enterprise_bp: BasisPoints = Field(500, description="Share of the basis for the enterprise.")
    dividend_bp: BasisPoints = 6_000
    welfare_bp: BasisPoints = 2_000
    reserve_bp: BasisPoints = 2_000

    def terms(self) -> savings.Regulation:
        return savings.Regulation(**self.model_dump(include=set(RegulationIn.model_fields)))


class RegulationOut(BaseModel):
    """The rules in effect, read from a ``savings.Regulation`` (an answer: the fields of
    ``RegulationIn``, not its strict request base)."""

    model_config = ByAttributes

    commitment: int = Field(description="Monthly commitment saving per member.")
    voluntary_allowed: bool
    interest_bp: int = Field(description="Loan interest per month (100 = 1%).")
    interest_method: str = Field(description="flat or declining.")
    repayment_method: str = Field(description="equal_instalments or equal_principal.")
    max_loan_percent: int = Field(description="All loans: at most this % of savings.")
    max_loan_months: int
    approvals_required: int
    fine_missed_commitment: int
    fine_late_repayment: int
    welfare_monthly: int = Field(description="Welfare contribution per member per month.")
    enterprise_basis: str = Field(description="deposits or profit.")
    enterprise_bp: int = Field(description="Share of the basis for the enterprise.")
    dividend_bp: int
    welfare_bp: int
    reserve_bp: int


class RegulationVersionIn(RegulationIn):
    effective_from: Day


class GroupIn(ApiModel):
    code: Code = Field(description="Lowercase letters, digits, dashes: laem-son-on.")
    name: Name
    tambon_code: TambonCode
    community: Name
    founded_on: Day
    status: Literal["forming", "active", "closed"] = "active"
    enterprise_code: Code | None = None
    regulation: RegulationIn = RegulationIn()


class EnterpriseIn(ApiModel):
    code: Code
    name: Name
    tambon_code: TambonCode


class EnterpriseOut(BaseModel):
    model_config = ByAttributes

    code: str
    name: str
    tambon_code: str


class GroupOut(BaseModel):
    model_config = ByAttributes

    id: int
    code: str
    name: str
    tambon_code: str
    community: str
    status: str
    founded_on: date
    enterprise_code: str | None


class MemberIn(ApiModel):
    name: Name = Field("", description="May be empty for a member with a wallet.")
    community: Name | None = Field(None, description="Default: the group's community.")
    wallet_member_id: int | None = id_or_none("The member's wallet, if they have one.")
    joined_on: Day


class MemberOut(BaseModel):
    model_config = ByAttributes

    id: int
    group_id: int
    number: int
    name: str
    community: str
    wallet_member_id: int | None
    joined_on: date


class OfficerIn(ApiModel):
    member_id: BodyId
    office: Literal["chair", "treasurer", "secretary", "collector"] = Field(
        description="chair, treasurer, secretary or collector."
    )
    appointed_on: Day
    user_id: int | None = id_or_none("The member's own wallet login (the default).")


class OfficerOut(BaseModel):
    model_config = ByAttributes

    member_id: int
    office: str = Field(description="chair, treasurer, secretary or collector.")
    appointed_on: date
    user_id: int | None = Field(None, description="The member's own wallet login (the default).")
    id: int
    group_id: int
    ended_on: date | None


class BooksOut(BaseModel):
    model_config = ByAttributes

    cash: int
    loans: int
    savings: int
    welfare: int
    reserve: int
    interest: int
    fines: int
    expenses: int
    surplus: int
    profit: int
    balanced: bool


class MeetingOut(BaseModel):
    model_config = ByAttributes

    id: int
    group_id: int
    number: int
    held_on: date
    batch_id: int | None
    note: str
    recorded_by: str
    created_at: datetime
