"""Loans: the application, the decisions, the position and the schedule."""

from datetime import date

from pydantic import BaseModel, Field

from thungngoen.savings.api.schemas.groups import ByAttributes, MemberOut


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


class LoanOut(BaseModel):
    model_config = ByAttributes

    id: int
    group_id: int
    member_id: int
    principal: int
    months: int
    interest_bp: int
    interest_method: str
    repayment_method: str
    purpose: str
    status: str
    applied_on: date
    decided_on: date | None
    disbursed_on: date | None
    channel: str | None
    schedule_version: int
    note: str


class PositionOut(BaseModel):
    model_config = ByAttributes

    outstanding: int
    interest_paid: int
    paid: int
    remaining: int
    overdue: int
    days_overdue: int
    bucket: str


class LoanPositionOut(PositionOut):
    loan: LoanOut


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
