"""The meeting sheet, a meeting's report and the share-out."""

from datetime import date

from pydantic import BaseModel, Field

from thungngoen import savings
from thungngoen.savings.api.schemas.groups import ByAttributes, GroupOut, MeetingOut, MemberOut


class RepaymentIn(BaseModel):
    loan_id: int
    amount: int


class MemberLineIn(BaseModel):
    member_id: int
    present: bool = True
    commitment: int = 0
    voluntary: int = 0
    welfare: int = 0
    fine: int = 0
    withdrawal: int = 0
    repayments: list[RepaymentIn] = []


class DisbursementIn(BaseModel):
    loan_id: int
    channel: str = Field("cash", description="cash, or coin into the borrower's wallet.")


class ExpenseIn(BaseModel):
    amount: int
    memo: str


class WelfareGrantIn(BaseModel):
    member_id: int
    amount: int
    reason: str


class CorrectionIn(BaseModel):
    entry_id: int = Field(description="An entry of an earlier meeting, to reverse.")
    reason: str


class SheetIn(BaseModel):
    held_on: date
    lines: list[MemberLineIn] = []
    disbursements: list[DisbursementIn] = []
    expenses: list[ExpenseIn] = []
    welfare_grants: list[WelfareGrantIn] = []
    corrections: list[CorrectionIn] = []
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
