"""Groups, their rules, members, officers, books and meetings."""

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from thungngoen import savings

ByAttributes = ConfigDict(from_attributes=True)


class RegulationIn(BaseModel):
    """A group's rules (the defaults are a typical Bo Yang group's)."""

    model_config = ByAttributes

    commitment: int = Field(5_000, description="Monthly commitment saving per member.")
    voluntary_allowed: bool = True
    interest_bp: int = Field(100, description="Loan interest per month (100 = 1%).")
    interest_method: str = Field("flat", description="flat or declining.")
    repayment_method: str = Field(
        "equal_instalments", description="equal_instalments or equal_principal."
    )
    max_loan_percent: int = Field(300, description="All loans: at most this % of savings.")
    max_loan_months: int = 24
    approvals_required: int = 2
    fine_missed_commitment: int = 1_000
    fine_late_repayment: int = 2_000
    welfare_monthly: int = Field(0, description="Welfare contribution per member per month.")
    enterprise_basis: str = Field("deposits", description="deposits or profit.")
    enterprise_bp: int = Field(500, description="Share of the basis for the enterprise.")
    dividend_bp: int = 6_000
    welfare_bp: int = 2_000
    reserve_bp: int = 2_000

    def terms(self) -> savings.Regulation:
        return savings.Regulation(**self.model_dump(include=set(RegulationIn.model_fields)))


class RegulationVersionIn(RegulationIn):
    effective_from: date


class GroupIn(BaseModel):
    code: str = Field(description="Lowercase letters, digits, dashes: laem-son-on.")
    name: str
    tambon_code: str
    community: str
    founded_on: date
    status: str = "active"
    enterprise_code: str | None = None
    regulation: RegulationIn = RegulationIn()


class EnterpriseIn(BaseModel):
    code: str
    name: str
    tambon_code: str


class EnterpriseOut(EnterpriseIn):
    model_config = ByAttributes


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


class MemberIn(BaseModel):
    name: str = Field("", description="May be empty for a member with a wallet.")
    community: str | None = Field(None, description="Default: the group's community.")
    wallet_member_id: int | None = None
    joined_on: date


class MemberOut(BaseModel):
    model_config = ByAttributes

    id: int
    group_id: int
    number: int
    name: str
    community: str
    wallet_member_id: int | None
    joined_on: date


class OfficerIn(BaseModel):
    member_id: int
    office: str = Field(description="chair, treasurer, secretary or collector.")
    appointed_on: date
    user_id: int | None = Field(None, description="The member's own wallet login (the default).")


class OfficerOut(OfficerIn):
    model_config = ByAttributes

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
