"""Closing an event after its expiry: what is left of every allowance is burned and its
baht returns to the fund; the allowance accounts are closed (see ``participants``)."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, func, select, update

from thungngoen import audit, ledger
from thungngoen.clock import utc_now
from thungngoen.wallet import book
from thungngoen.wallet.programs.errors import EventNotOver
from thungngoen.wallet.programs.participants import (
    Participant,
    allowance_legs,
    before_expiry,
    event_program,
    participants,
)
from thungngoen.wallet.programs.tables import Program, event_participants, programs


@dataclass(frozen=True, slots=True)
class EventClosing:
    program_id: int
    participants: int
    returned: int


def close_event(
    connection: Connection, program_id: int, now: datetime, *, actor: str = "system"
) -> EventClosing:
    """After expiry: burn what is left of every allowance and return its baht to the fund."""
    program = event_program(connection, program_id, lock=True)
    if program.closed_at is not None:
        return _closing(connection, program_id)
    if before_expiry(program, now):
        raise EventNotOver(f"event {program.name} runs until {program.valid_until}")
    fund = book.system_account_id(connection, f"thb:fund:{program.fund_code}")
    for participant in participants(connection, program_id):
        _return_rest(connection, program, fund, participant, actor)
    connection.execute(
        update(programs)
        .where(programs.c.id == program_id)
        .values(closed_at=now, active=0, updated_at=utc_now())
    )
    closing = _closing(connection, program_id)
    audit.record(
        connection,
        actor=actor,
        action="event.close",
        subject_type="program",
        subject_id=program_id,
        before={"active": program.active, "closed_at": None},
        after={"active": False, "closed_at": now, "returned": closing.returned},
    )
    return closing


def _return_rest(
    connection: Connection, program: Program, fund: int, participant: Participant, actor: str
) -> None:
    left = ledger.balance(connection, participant.account_id)
    if left > 0:
        metadata = {"program_id": program.id, "member_id": participant.member_id, "actor": actor}
        ledger.post_batch(
            connection,
            allowance_legs(
                connection, fund, participant.account_id, left, "event_return", program, metadata
            ),
            idempotency_key=f"event:{program.id}:return:{participant.member_id}",
        )
    ledger.set_account_status(connection, participant.account_id, "closed")
    connection.execute(
        update(event_participants)
        .where(event_participants.c.id == participant.id)
        .values(returned=left)
    )


def _closing(connection: Connection, program_id: int) -> EventClosing:
    count, returned = connection.execute(
        select(func.count(), func.coalesce(func.sum(event_participants.c.returned), 0)).where(
            event_participants.c.program_id == program_id
        )
    ).one()
    return EventClosing(program_id, int(count), int(returned))
