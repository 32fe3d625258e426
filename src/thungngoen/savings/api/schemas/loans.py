"""Loans: the application, the decisions, the position and the schedule."""

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from thungngoen.savings.api.schemas.groups import ByAttributes, MemberOut
from thungngoen.web.api_fields import ApiModel, BasisPoints, BodyId, Day, Satang, whole

Months = whole(1, 360, "How many monthly instalments (the group's rules allow fewer).")


class LoanIn(ApiModel):
    member_id: BodyId
    principal: int = Satang
    months: int = Months
    purpose: str
    applied_on: Day | None = Field(None, description="Default: today.")


class DecisionIn(ApiModel):
    decided_on: Day | None = Field(None, description="Default: today.")
    reason: str = Field("", description="Needed to refuse.")


class RestructureIn(ApiModel):
    months: int = Months
    reason: str
    decided_on: Day | None = None


class WriteOffIn(ApiModel):
    reason: str
    written_on: Day | None = None


class TermsIn(ApiModel):
    principal: int = Satang
    months: int = Months
    interest_bp: BasisPoints = 100
    interest_method: Literal["flat", "declining"] = "flat"
    repayment_method: Literal["equal_instalments", "equal_principal"] = "equal_instalments"
    start: Day | None = Field(None, description="Paid out on (default: today).")


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


class ApprovalOut(LoanOut):
    """The loan after one officer's approval, with how far it has come."""

    approvals_needed: int = Field(description="The regulation's number of approvals.")
    approvals_given: int = Field(description="Approvals given so far (this one included).")


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
