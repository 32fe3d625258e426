"""Setting an event up: the merchants that take its allowance and the participants it
credits, each from the event's community fund (see ``participants`` for the booking)."""

from datetime import datetime

from sqlalchemy import Connection, insert, select

from thungngoen import audit, ledger
from thungngoen.auth.users import find_by_phone
from thungngoen.clock import utc_now
from thungngoen.money import format_satang
from thungngoen.wallet import book, errors, payment_record
from thungngoen.wallet.people import get_member, member_for_user
from thungngoen.wallet.programs.errors import EventNotOpen, FundTooLow, InvalidProgram
from thungngoen.wallet.programs.participants import (
    Participant,
    allowance_legs,
    before_expiry,
    event_program,
    find_participant,
)
from thungngoen.wallet.programs.rules import check_merchant
from thungngoen.wallet.programs.tables import Program, event_merchants, event_participants


def add_event_merchant(
    connection: Connection, program_id: int, merchant_id: int, *, actor: str
) -> None:
    """List a shop (a temporary stall too, once approved) as taking the event's allowance."""
    program = event_program(connection, program_id)
    if program.closed_at is not None:
        raise InvalidProgram(f"event {program.name} is closed")
    check_merchant(program, payment_record.approved_merchant(connection, merchant_id))
    key = (event_merchants.c.program_id == program_id, event_merchants.c.merchant_id == merchant_id)
    if connection.execute(select(event_merchants).where(*key)).first():
        return
    values = {"program_id": program_id, "merchant_id": merchant_id, "added_at": utc_now()}
    connection.execute(insert(event_merchants), values)
    audit.record(
        connection,
        actor=actor,
        action="event.add_merchant",
        subject_type="program",
        subject_id=program_id,
        after={"merchant_id": merchant_id},
    )


def register_by_phone(
    connection: Connection, program_id: int, phone: str, *, actor: str, now: datetime
) -> Participant:
    """``register_participant`` for the member who logs in with ``phone``."""
    user = find_by_phone(connection, phone)
    if user is None:
        raise errors.UnknownMember(f"no member with phone {phone}")
    member = member_for_user(connection, user.id)
    return register_participant(connection, program_id, member.id, actor=actor, now=now)


def register_participant(
    connection: Connection, program_id: int, member_id: int, *, actor: str, now: datetime
) -> Participant:
    """Register a member and credit the allowance from the fund; once per member."""
    program = event_program(connection, program_id, lock=True)
    earlier = find_participant(connection, program_id, member_id)
    if earlier is not None:
        return earlier
    if program.closed_at is not None or not program.active or not before_expiry(program, now):
        raise EventNotOpen(f"event {program.name} no longer takes participants", program)
    member = get_member(connection, member_id)
    allowance = program.allowance or 0
    fund = book.system_account_id(connection, f"thb:fund:{program.fund_code}")
    _require_fund(connection, program, fund, allowance, posted=False)
    account = ledger.open_account(
        connection,
        ledger.AccountSpec(
            f"skc:event:{program.id}:{member.id}",
            "SKC",
            "liability",
            "member",
            "event_allowance",
            owner_id=f"user-{member.user_id}",
            name=program.name,
            no_overdraft=True,
        ),
    )
    metadata = {"program_id": program.id, "member_id": member.id, "actor": actor}
    transfers = ledger.post_batch(
        connection,
        allowance_legs(
            connection, fund, account.id, allowance, "event_allowance", program, metadata
        ),
        idempotency_key=f"event:{program.id}:allowance:{member.id}",
    )
    _require_fund(connection, program, fund, allowance, posted=True)
    values = {
        "program_id": program.id,
        "member_id": member.id,
        "account_id": account.id,
        "allowance": allowance,
        "credit_transfer_id": transfers[0].id,
        "registered_at": now,
    }
    connection.execute(insert(event_participants), values)
    participant = find_participant(connection, program_id, member_id)
    assert participant is not None
    audit.record(
        connection,
        actor=actor,
        action="event.register",
        subject_type="program",
        subject_id=program.id,
        after={"member_id": member.id, "allowance": allowance, "account_id": account.id},
    )
    return participant


def _require_fund(
    connection: Connection, program: Program, fund: int, allowance: int, posted: bool
) -> None:
    """Checked before posting, and again after it: another event may draw on the same
    fund at the same time (the transaction then rolls back)."""
    held = ledger.balance(connection, fund) + (allowance if posted else 0)
    if held < allowance:
        raise FundTooLow(
            f"fund {program.fund_code} holds {format_satang(held)} baht, less than the"
            f" {format_satang(allowance)} baht allowance of event {program.name}"
        )
