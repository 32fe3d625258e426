"""The relocation API's bodies (strict, bounded) and answers. Money is satang; a request
names its household by number — no name, phone or ID travels in these answers."""

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from thungngoen.community import relocation as rel
from thungngoen.web.api_fields import MAX_SATANG, ApiModel, BodyId, id_or_none, whole

Word = Annotated[str, Field(max_length=20, description="One of the area's lists.")]
Note = Annotated[str, Field(max_length=300)]
Money = Annotated[int, whole(0, MAX_SATANG, "Satang (1 baht = 100 satang).")]
Loan = Annotated[int, whole(1, MAX_SATANG, "Satang the household would borrow from CODI.")]


class RelocationIn(ApiModel):
    household_id: BodyId
    reason: Word
    reason_note: Note = ""
    declared_savings: Money | None = None
    loan_amount: Loan = rel.DEFAULT_LOAN


class RelocationStepIn(ApiModel):
    status: Word
    expected_version: Annotated[int, whole(1, 2**31 - 1, "The version the step was decided on.")]
    note: Note = ""
    proposal_id: BodyId | None = id_or_none("The proposal, for the step to proposed.")


class ProposalIn(ApiModel):
    name: Annotated[str, Field(max_length=200)]
    note: Annotated[str, Field(max_length=500)] = ""


class RelocationOut(BaseModel):
    id: int
    household_id: int
    community_id: int
    community_name: str
    house_number: str
    reason: str
    status: str
    proposal_id: int | None
    version: int
    family_size: int
    income_month: int
    savings: int
    savings_source: str
    loan_amount: int
    down_payment: int
    meets_down_payment: bool

    @classmethod
    def of(cls, view: rel.RequestView) -> "RelocationOut":
        request, home = view.request, view.household
        return cls(
            id=request.id, household_id=home.id, community_id=home.community_id,
            community_name=view.community_name, house_number=home.house_number,
            reason=request.reason, status=request.status, proposal_id=request.proposal_id,
            version=request.version, family_size=view.family_size,
            income_month=home.income_month, savings=view.savings,
            savings_source=view.savings_source, loan_amount=request.loan_amount,
            down_payment=view.down_payment, meets_down_payment=view.meets_down_payment,
        )  # fmt: skip


class StepOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    from_status: str | None
    to_status: str
    note: str
    actor: str
    at: datetime


class RelocationDetailOut(BaseModel):
    request: RelocationOut
    reason_note: str
    history: list[StepOut]


class ProposalOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    name: str
    note: str
    created_by: str
    created_at: datetime


class TotalsOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    community_name: str
    households: int
    persons: int
    income_month: int
    savings: int
    meeting: int


class ProposalDetailOut(BaseModel):
    proposal: ProposalOut
    requests: list[RelocationOut]
    by_community: list[TotalsOut]
    """One line per community, then the whole (``community_name`` empty)."""
