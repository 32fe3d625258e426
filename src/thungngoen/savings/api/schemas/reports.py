"""What a group, a member and the federation read: the group report, the passbook and
the federation's aggregates."""

from datetime import date

from pydantic import BaseModel

from thungngoen.savings.api.schemas.groups import (
    BooksOut,
    ByAttributes,
    GroupOut,
    MemberOut,
    RegulationOut,
)
from thungngoen.savings.api.schemas.loans import LoanOut, LoanPositionOut
from thungngoen.savings.federation import Federation


class MemberRowOut(BaseModel):
    model_config = ByAttributes

    member: MemberOut
    offices: list[str]
    savings: int
    loans_outstanding: int
    commitment_arrears: int
    loan_overdue: int
    days_overdue: int
    in_arrears: bool


class GroupReportOut(BaseModel):
    model_config = ByAttributes

    group: GroupOut
    regulation: RegulationOut
    as_of: date
    books: BooksOut
    members: list[MemberRowOut]
    loans: list[LoanPositionOut]
    loans_by_bucket: dict[str, int]
    meetings: int
    last_meeting: date | None


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
    """Every group founded by ``as_of``, whatever its status (``active`` + ``forming`` +
    closed): the same figure the page shows as "groups"."""
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
            groups=view.groups,
            active=view.count("active"),
            forming=view.count("forming"),
            rows=[FederationRowOut.model_validate(row) for row in view.rows],
            **totals,
        )
