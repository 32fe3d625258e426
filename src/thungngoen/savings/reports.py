"""What the treasurer reads: the group's report (books, members, loans, arrears) and a
meeting's monthly report (each member's line, the totals, the cash in and out)."""

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, select

from thungngoen import ledger
from thungngoen.savings.arrears import LoanPosition, commitment_arrears, loan_positions
from thungngoen.savings.books import Books, group_books
from thungngoen.savings.groups import Group, get_group
from thungngoen.savings.meetings import Meeting, get_meeting, list_meetings
from thungngoen.savings.people import SavingsMember, active_officers, list_members
from thungngoen.savings.regulation import Regulation, regulation_on
from thungngoen.savings.tables import CASH_IN, CASH_OUT, attendance, entries


@dataclass(frozen=True, slots=True)
class MemberRow:
    member: SavingsMember
    offices: tuple[str, ...]
    savings: int
    loans_outstanding: int
    commitment_arrears: int
    loan_overdue: int
    days_overdue: int

    @property
    def in_arrears(self) -> bool:
        return bool(self.commitment_arrears or self.loan_overdue)


@dataclass(frozen=True, slots=True)
class GroupReport:
    group: Group
    regulation: Regulation
    as_of: date
    books: Books
    members: tuple[MemberRow, ...]
    loans: tuple[LoanPosition, ...]
    meetings: int
    last_meeting: date | None

    @property
    def loans_by_bucket(self) -> dict[str, int]:
        """Principal outstanding by how long the loans are overdue."""
        buckets: dict[str, int] = defaultdict(int)
        for position in self.loans:
            buckets[position.bucket] += position.outstanding
        return dict(buckets)


def group_report(connection: Connection, group_id: int, as_of: date) -> GroupReport:
    group = get_group(connection, group_id)
    positions = loan_positions(connection, as_of, group_id=group_id)
    behind = commitment_arrears(connection, group_id, as_of)
    offices: dict[int, list[str]] = defaultdict(list)
    for officer in active_officers(connection, group_id):
        offices[officer.member_id].append(officer.office)
    by_member: dict[int, list[LoanPosition]] = defaultdict(list)
    for position in positions.values():
        by_member[position.loan.member_id].append(position)
    rows = tuple(
        MemberRow(
            member=member,
            offices=tuple(offices[member.id]),
            savings=ledger.balance(connection, member.savings_account_id),
            loans_outstanding=sum(p.outstanding for p in by_member[member.id]),
            commitment_arrears=behind.get(member.id, 0),
            loan_overdue=sum(p.overdue for p in by_member[member.id]),
            days_overdue=max((p.days_overdue for p in by_member[member.id]), default=0),
        )
        for member in list_members(connection, group_id)
    )
    held = [meeting.held_on for meeting in list_meetings(connection, group_id)]
    return GroupReport(
        group=group,
        regulation=regulation_on(connection, group_id, as_of),
        as_of=as_of,
        books=group_books(connection, group.code),
        members=rows,
        loans=tuple(sorted(positions.values(), key=lambda p: p.loan.id)),
        meetings=len(held),
        last_meeting=max(held, default=None),
    )


@dataclass(frozen=True, slots=True)
class EntryLine:
    id: int
    member_id: int | None
    loan_id: int | None
    kind: str
    amount: int
    memo: str
    corrects_entry_id: int | None


@dataclass(frozen=True, slots=True)
class MeetingLineReport:
    member: SavingsMember
    present: bool
    amounts: dict[str, int]
    """Per entry kind, corrections netted in."""


@dataclass(frozen=True, slots=True)
class MeetingReport:
    group: Group
    meeting: Meeting
    lines: tuple[MeetingLineReport, ...]
    entries: tuple[EntryLine, ...]
    totals: dict[str, int]

    @property
    def cash_in(self) -> int:
        return sum(amount for kind, amount in self.totals.items() if kind in CASH_IN)

    @property
    def cash_out(self) -> int:
        return sum(amount for kind, amount in self.totals.items() if kind in CASH_OUT)


def meeting_report(connection: Connection, meeting_id: int) -> MeetingReport:
    meeting = get_meeting(connection, meeting_id)
    group = get_group(connection, meeting.group_id)
    rows = connection.execute(
        select(entries).where(entries.c.meeting_id == meeting_id).order_by(entries.c.id)
    ).all()
    lines = tuple(EntryLine(**{k: row._mapping[k] for k in EntryLine.__slots__}) for row in rows)
    present = dict(
        connection.execute(
            select(attendance.c.member_id, attendance.c.present).where(
                attendance.c.meeting_id == meeting_id
            )
        ).all()
    )
    per_member: dict[int, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    for line in lines:
        totals[line.kind] += line.amount
        if line.member_id is not None:
            per_member[line.member_id][line.kind] += line.amount
    member_lines = tuple(
        MeetingLineReport(member, bool(present[member.id]), dict(per_member[member.id]))
        for member in list_members(connection, group.id)
        if member.id in present
    )
    return MeetingReport(group, meeting, member_lines, lines, dict(totals))
