"""Receipts (ใบเสร็จรับเงิน): what each member paid at a meeting, numbered per group
(``receipt_numbers``). A receipt's lines are the meeting's entries of that member, which
a later correction never changes (it adds its own entries), so a receipt reads the same
every time it is printed."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, select

from thungngoen.savings.errors import UnknownReceipt
from thungngoen.savings.groups import Group, get_group
from thungngoen.savings.meetings import Meeting, get_meeting
from thungngoen.savings.people import SavingsMember, get_member
from thungngoen.savings.receipt_numbers import paid_in
from thungngoen.savings.tables import entries, receipts


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    kind: str
    amount: int
    loan_id: int | None


@dataclass(frozen=True, slots=True)
class Receipt:
    id: int
    number: int
    group: Group
    meeting: Meeting
    member: SavingsMember
    lines: tuple[ReceiptLine, ...]

    @property
    def label(self) -> str:
        return receipt_label(self.group.code, self.number)

    @property
    def held_on(self) -> date:
        return self.meeting.held_on

    @property
    def total(self) -> int:
        return sum(line.amount for line in self.lines)


def receipt_label(group_code: str, number: int) -> str:
    """The number printed on a receipt: the group's code and its sequence."""
    return f"{group_code}/{number:05d}"


def get_receipt(connection: Connection, receipt_id: int) -> Receipt:
    row = connection.execute(select(receipts).where(receipts.c.id == receipt_id)).first()
    if row is None:
        raise UnknownReceipt(f"receipt {receipt_id} does not exist")
    lines = connection.execute(
        select(entries.c.kind, entries.c.amount, entries.c.loan_id)
        .where(*paid_in(row.meeting_id), entries.c.member_id == row.member_id)
        .order_by(entries.c.id)
    ).all()
    return Receipt(
        id=row.id,
        number=row.number,
        group=get_group(connection, row.group_id),
        meeting=get_meeting(connection, row.meeting_id),
        member=get_member(connection, row.member_id),
        lines=tuple(ReceiptLine(kind, amount, loan_id) for kind, amount, loan_id in lines),
    )


def receipt_ids(
    connection: Connection, *, meeting_id: int | None = None, member_id: int | None = None
) -> dict[tuple[int, int], tuple[int, int]]:
    """(meeting id, member id) → (receipt id, number), for one meeting or one member."""
    query = select(receipts.c.meeting_id, receipts.c.member_id, receipts.c.id, receipts.c.number)
    if meeting_id is not None:
        query = query.where(receipts.c.meeting_id == meeting_id)
    if member_id is not None:
        query = query.where(receipts.c.member_id == member_id)
    return {(row[0], row[1]): (row[2], row[3]) for row in connection.execute(query)}
