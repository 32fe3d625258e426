"""Posting a monthly meeting: one sheet, one linked batch, all or nothing.

The same idempotency key with the same sheet returns the meeting posted the first time;
with a different sheet it is refused. A posted meeting is closed for good: a mistake is
corrected on a later sheet (``Correction``), whose reversal names the reason.
"""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from thungngoen import audit, ledger
from thungngoen.clock import utc_now
from thungngoen.ledger.errors import IdempotencyConflict
from thungngoen.savings.errors import InvalidSheet, MeetingOutOfOrder, UnknownMeeting
from thungngoen.savings.groups import Group, get_group
from thungngoen.savings.loan_values import get_loan
from thungngoen.savings.moves import Move, Plan, check_floors
from thungngoen.savings.plan import build_plan
from thungngoen.savings.receipt_numbers import number_receipts
from thungngoen.savings.records import record_entries, save_schedule, settle_loans
from thungngoen.savings.regulation import regulation_on
from thungngoen.savings.schedule import compute_schedule
from thungngoen.savings.sheet import MeetingSheet, check_shape, sheet_hash
from thungngoen.savings.tables import (
    attendance,
    loans,
    meetings,
    members,
    shareouts,
)
from thungngoen.thai import thai_today


@dataclass(frozen=True, slots=True)
class Meeting:
    id: int
    group_id: int
    number: int
    held_on: date
    batch_id: int | None
    note: str
    recorded_by: str
    created_at: datetime


def post_meeting(
    connection: Connection, sheet: MeetingSheet, *, idempotency_key: str, actor: str
) -> Meeting:
    check_shape(sheet)
    if not 0 < len(idempotency_key) <= 80:
        raise InvalidSheet("an idempotency key is 1 to 80 characters", "idempotency_key")
    group = get_group(connection, sheet.group_id, lock=True)
    digest = sheet_hash(sheet)
    earlier = connection.execute(
        select(meetings).where(
            meetings.c.group_id == group.id, meetings.c.idempotency_key == idempotency_key
        )
    ).first()
    if earlier is not None:
        if earlier.sheet_hash != digest:
            raise IdempotencyConflict("this sheet's key was already used for a different sheet")
        return _meeting(earlier)
    _check_date(connection, group, sheet.held_on)
    rules = regulation_on(connection, group.id, sheet.held_on)
    plan, floors = build_plan(connection, group, sheet, rules)
    check_floors(connection, plan.in_order, floors)
    number = _next_number(connection, group.id)
    metadata: dict[str, Any] = {"group_id": group.id, "meeting": number}
    posted = _post(connection, plan, metadata, f"savings:{group.id}:meeting:{idempotency_key}")
    meeting_id = connection.execute(
        insert(meetings).returning(meetings.c.id),
        {
            "group_id": group.id,
            "number": number,
            "held_on": sheet.held_on,
            "idempotency_key": idempotency_key,
            "sheet_hash": digest,
            "batch_id": posted.batch_id,
            "note": sheet.note.strip(),
            "recorded_by": actor,
            "created_at": utc_now(),
        },
    ).scalar_one()
    _attendance(connection, group.id, meeting_id, sheet)
    record_entries(connection, group.id, sheet.held_on, {"meeting_id": meeting_id}, posted.moves)
    number_receipts(connection, group.id, meeting_id)
    _disbursed(connection, plan, sheet.held_on)
    settle_loans(connection, {m.loan_id for m, _ in posted.moves if m.loan_id is not None})
    audit.record(
        connection,
        actor=actor,
        action="savings.meeting.post",
        subject_type="savings_group",
        subject_id=group.id,
        after={"meeting_id": meeting_id, "number": number, "held_on": sheet.held_on},
    )
    return get_meeting(connection, meeting_id)


def _check_date(connection: Connection, group: Group, held_on: date) -> None:
    last_meeting = connection.execute(
        select(func.max(meetings.c.held_on)).where(meetings.c.group_id == group.id)
    ).scalar()
    last_shareout = connection.execute(
        select(func.max(shareouts.c.held_on)).where(shareouts.c.group_id == group.id)
    ).scalar()
    if held_on < group.founded_on or held_on > thai_today():
        raise MeetingOutOfOrder(
            "a meeting is dated between the group's founding and today", "held_on"
        )
    for last in (last_meeting, last_shareout):
        if last is not None and held_on <= last:
            raise MeetingOutOfOrder(
                f"meetings are entered in order: the last was on {last}", "held_on"
            )


def _next_number(connection: Connection, group_id: int) -> int:
    last = select(func.coalesce(func.max(meetings.c.number), 0)).where(
        meetings.c.group_id == group_id
    )
    return int(connection.execute(last).scalar_one()) + 1


@dataclass
class Posted:
    batch_id: int | None
    moves: list[tuple[Move, int]]
    """Each move with the id of the transfer that posted it."""


def _post(connection: Connection, plan: Plan, metadata: dict[str, Any], key: str) -> Posted:
    posted = Posted(None, [])
    for move in plan.before:
        posted.moves.append((move, _reverse(connection, move)))
    requests: list[ledger.TransferRequest] = []
    positions = []
    for move in plan.batch:
        positions.append(len(requests))
        requests.append(move.request(metadata))
        requests.extend(move.extra)
    if requests:
        transfers = ledger.post_batch(connection, requests, idempotency_key=key)
        posted.batch_id = transfers[0].batch_id
        posted.moves.extend(
            (move, transfers[at].id) for move, at in zip(plan.batch, positions, strict=True)
        )
    for move in plan.after:
        posted.moves.append((move, _reverse(connection, move)))
    return posted


def _reverse(connection: Connection, move: Move) -> int:
    assert move.reverses is not None
    return ledger.reverse_transfer(connection, move.reverses, memo=move.memo).id


def _attendance(
    connection: Connection, group_id: int, meeting_id: int, sheet: MeetingSheet
) -> None:
    present = {line.member_id: line.present for line in sheet.lines}
    joined = connection.execute(
        select(members.c.id).where(
            members.c.group_id == group_id, members.c.joined_on <= sheet.held_on
        )
    ).scalars()
    rows = [
        {"meeting_id": meeting_id, "member_id": member_id, "present": present.get(member_id, False)}
        for member_id in joined
    ]
    if rows:
        connection.execute(insert(attendance), rows)


def _disbursed(connection: Connection, plan: Plan, held_on: date) -> None:
    for loan_id, channel, account in plan.disbursed:
        loan = get_loan(connection, loan_id)
        connection.execute(
            update(loans)
            .where(loans.c.id == loan_id)
            .values(
                status="active",
                disbursed_on=held_on,
                channel=channel,
                account_id=account,
                schedule_version=1,
            )
        )
        save_schedule(connection, loan_id, 1, compute_schedule(loan.terms, held_on))


def _meeting(row: Any) -> Meeting:
    return Meeting(**{key: row._mapping[key] for key in Meeting.__slots__})


def get_meeting(connection: Connection, meeting_id: int) -> Meeting:
    row = connection.execute(select(meetings).where(meetings.c.id == meeting_id)).first()
    if row is None:
        raise UnknownMeeting(f"meeting {meeting_id} does not exist")
    return _meeting(row)


def list_meetings(connection: Connection, group_id: int) -> list[Meeting]:
    query = select(meetings).where(meetings.c.group_id == group_id).order_by(meetings.c.number)
    return [_meeting(row) for row in connection.execute(query)]
