"""Shapes of loans, passbooks, share-outs and the federation (see ``schemas`` for the
units)."""

from datetime import date

from pydantic import BaseModel, Field

from thungngoen.savings.api.schemas import (
    ByAttributes,
    GroupOut,
    LoanOut,
    MemberOut,
    PositionOut,
)
from thungngoen.savings.federation import Federation


class LoanIn(BaseModel):
    member_id: int
    principal: int
    months: int
    purpose: str
    applied_on: date | None = Field(None, description="Default: today.")


class DecisionIn(BaseModel):
    decided_on: date | None = Field(None, description="Default: today.")
    reason: str = Field("", description="Needed to refuse.")


class RestructureIn(BaseModel):
    months: int
    reason: str
    decided_on: date | None = None


class WriteOffIn(BaseModel):
    reason: str
    written_on: date | None = None


class TermsIn(BaseModel):
    principal: int
    months: int
    interest_bp: int = 100
    interest_method: str = "flat"
    repayment_method: str = "equal_instalments"
    start: date | None = Field(None, description="Paid out on (default: today).")


class InstalmentOut(BaseModel):
    model_config = ByAttributes

    number: int
    due_on: date
    principal: int
    interest: int
    amount: int


class ScheduleLineOut(BaseModel):
    model_config = ByAttributes

    instalment: InstalmentOut
    covered: int
    status: str


class LoanViewOut(BaseModel):
    model_config = ByAttributes

    loan: LoanOut
    member: MemberOut
    position: PositionOut | None
    schedule: list[ScheduleLineOut]


class PassbookLineOut(BaseModel):
    model_config = ByAttributes

    entry_id: int
    held_on: date
    meeting_number: int | None
    kind: str
    amount: int
    savings_after: int | None
    loan_id: int | None
    memo: str


class PassbookOut(BaseModel):
    model_config = ByAttributes

    member: MemberOut
    group: GroupOut
    opening: int
    savings: int
    commitment_arrears: int
    lines: list[PassbookLineOut]
    loans: list[LoanOut]


class ShareOutIn(BaseModel):
    held_on: date


class DividendOut(BaseModel):
    model_config = ByAttributes

    member_id: int
    number: int
    name: str
    savings_months: int
    dividend: int


class ShareOutOut(BaseModel):
    model_config = ByAttributes

    group_id: int
    held_on: date
    since: date | None
    interest: int
    fines: int
    expenses: int
    profit: int
    deposits: int
    enterprise_target: int
    enterprise: int
    enterprise_from_reserve: int
    dividend: int
    welfare: int
    reserve: int
    dividends: list[DividendOut]


class ShareOutRecordOut(BaseModel):
    model_config = ByAttributes

    id: int
    group_id: int
    held_on: date
    profit: int
    enterprise: int
    dividend: int
    welfare: int
    reserve: int


class FederationRowOut(BaseModel):
    model_config = ByAttributes

    group: GroupOut
    members: int
    savings: int
    loans_outstanding: int
    loans_overdue: int
    members_in_arrears: int
    growth: int
    last_meeting: date | None


class FederationOut(BaseModel):
    as_of: date
    groups: int
    active: int
    forming: int
    members: int
    savings: int
    loans_outstanding: int
    loans_overdue: int
    members_in_arrears: int
    growth: int
    rows: list[FederationRowOut]

    @classmethod
    def of(cls, view: Federation) -> "FederationOut":
        totals = {
            name: view.total(name)
            for name in (
                "members",
                "savings",
                "loans_outstanding",
                "loans_overdue",
                "members_in_arrears",
                "growth",
            )
        }
        return cls(
            as_of=view.as_of,
            groups=len(view.rows),
            active=view.count("active"),
            forming=view.count("forming"),
            rows=[FederationRowOut.model_validate(row) for row in view.rows],
            **totals,
        )
