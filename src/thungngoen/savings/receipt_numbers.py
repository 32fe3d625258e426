"""Numbering receipts: posting a meeting numbers its receipts in the same transaction,
under the group's row lock: one for each member who brought money (deposits, welfare,
fines, repayments), in member-number order, continuing the group's own sequence."""

from typing import Any

from sqlalchemy import Connection, func, insert, select

from thungngoen.savings.tables import CASH_IN, entries, members, receipts


def paid_in(meeting_id: int) -> list[Any]:
    return [
        entries.c.meeting_id == meeting_id,
        entries.c.kind.in_(CASH_IN),
        entries.c.corrects_entry_id.is_(None),
    ]


def number_receipts(connection: Connection, group_id: int, meeting_id: int) -> None:
    """Give this meeting's payers the group's next receipt numbers (the caller holds the
    group's row lock, as ``post_meeting`` does)."""
    payers = connection.execute(
        select(members.c.id)
        .join(entries, entries.c.member_id == members.c.id)
        .where(*paid_in(meeting_id))
        .group_by(members.c.id, members.c.number)
        .order_by(members.c.number)
    ).scalars()
    last = connection.execute(
        select(func.coalesce(func.max(receipts.c.number), 0)).where(receipts.c.group_id == group_id)
    ).scalar_one()
    rows = [
        {"group_id": group_id, "number": last + index, "meeting_id": meeting_id, "member_id": m}
        for index, m in enumerate(payers, start=1)
    ]
    if rows:
        connection.execute(insert(receipts), rows)
