"""The meeting sheet, a meeting's report and the share-out."""

from datetime import date
from typing import Annotated, Final, Literal

from pydantic import BaseModel, Field

from thungngoen import savings
from thungngoen.savings.api.schemas.groups import (
    ByAttributes,
    GroupOut,
    MeetingOut,
    MemberOut,
)
from thungngoen.web.api_fields import MAX_SATANG, ApiModel, BodyId, Day, whole

SheetAmount = Annotated[int, whole(0, MAX_SATANG)]
"""An amount on the sheet: the sheet's own check (``savings.sheet.check_shape``) refuses 0
where it must be more and anything over 100,000 baht, naming the line it is on."""
MANY: Final = 1_000
"""More lines of one kind than a community group's sheet ever holds."""


class RepaymentIn(ApiModel):
    loan_id: BodyId
    amount: SheetAmount


class MemberLineIn(ApiModel):
    member_id: BodyId
    present: bool = True
    commitment: SheetAmount = 0
    voluntary: SheetAmount = 0
    welfare: SheetAmount = 0
    fine: SheetAmount = 0
    withdrawal: SheetAmount = 0
    repayments: list[RepaymentIn] = Field([], max_length=MANY)


class DisbursementIn(ApiModel):
    loan_id: BodyId
    channel: Literal["cash", "coin"] = Field(
        "cash", description="cash, or coin into the borrower's wallet."
    )


class ExpenseIn(ApiModel):
    amount: SheetAmount
    memo: str


class WelfareGrantIn(ApiModel):
    member_id: BodyId
    amount: SheetAmount
    reason: str


class CorrectionIn(ApiModel):
    entry_id: BodyId = Field(description="An entry of an earlier meeting, to reverse.")
    reason: str


class SheetIn(ApiModel):
    held_on: Day
    lines: list[MemberLineIn] = Field([], max_length=MANY)
    disbursements: list[DisbursementIn] = Field([], max_length=MANY)
    expenses: list[ExpenseIn] = Field([], max_length=MANY)
    welfare_grants: list[WelfareGrantIn] = Field([], max_length=MANY)
    corrections: list[CorrectionIn] = Field([], max_length=MANY)
    note: str = ""

    def sheet(self, group_id: int) -> savings.MeetingSheet:
        return savings.MeetingSheet(
            group_id,
            self.held_on,
            tuple(
                savings.MemberLine(
                    **line.model_dump(exclude={"repayments"}),
                    repayments=tuple(savings.Repayment(**r.model_dump()) for r in line.repayments),
                )
                for line in self.lines
            ),
            tuple(savings.Disbursement(**d.model_dump()) for d in self.disbursements),
            tuple(savings.Expense(**e.model_dump()) for e in self.expenses),
            tuple(savings.WelfareGrant(**g.model_dump()) for g in self.welfare_grants),
            tuple(savings.Correction(**c.model_dump()) for c in self.corrections),
            self.note,
        )


class EntryOut(BaseModel):
    model_config = ByAttributes

    id: int
    member_id: int | None
    loan_id: int | None
    kind: str
    amount: int
    memo: str
    corrects_entry_id: int | None


class MeetingLineOut(BaseModel):
    model_config = ByAttributes

    member: MemberOut
    present: bool
    amounts: dict[str, int]


class MeetingReportOut(BaseModel):
    model_config = ByAttributes

    group: GroupOut
    meeting: MeetingOut
    lines: list[MeetingLineOut]
    entries: list[EntryOut]
    totals: dict[str, int]
    cash_in: int
    cash_out: int


class ShareOutIn(ApiModel):
    held_on: Day


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
