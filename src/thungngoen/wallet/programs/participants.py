"""Event programs (Citizens' Day): an allowance for each participant, paid from a
community fund, spendable only at the event's merchants until the event expires; what
is left goes back to the fund when the event is closed.

The booking keeps coin outstanding equal to the baht that backs it:
- credit (one linked batch per participant, ``registration``): THB ``thb:fund:<code>`` →
  ``thb:backing`` and SKC ``skc:mint`` → ``skc:event:<program id>:<member id>``, the
  participant's allowance account (no overdraft);
- spend (``spending``): SKC allowance → the merchant's wallet, recorded in
  ``wallet_payments`` with channel ``event``, the program's id and, in ``details``, the
  ``allowance_account_id`` (a refund goes back there), so reports and redemption see it;
- close (``closing``): SKC allowance → ``skc:mint`` (burned) and THB ``thb:backing`` → the
  fund; the allowance account is then closed.

This module holds what those steps share: the participant, the member's allowances,
and the pair of legs that moves an allowance in or out.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, select

from thungngoen import ledger
from thungngoen.wallet import book
from thungngoen.wallet.programs.admin import get_program
from thungngoen.wallet.programs.errors import InvalidProgram
from thungngoen.wallet.programs.tables import (
    Program,
    event_merchants,
    event_participants,
    program_from_row,
    programs,
)
from thungngoen.wallet.tables import merchants


@dataclass(frozen=True, slots=True)
class Participant:
    id: int
    program_id: int
    member_id: int
    account_id: int
    allowance: int
    returned: int | None
    """What went back to the fund when the event closed; ``None`` while it is open."""


@dataclass(frozen=True, slots=True)
class Allowance:
    """What a member sees of one event: the allowance, what is left, and whether it can
    be spent now."""

    program: Program
    participant: Participant
    balance: int
    spendable: bool


def event_program(connection: Connection, program_id: int, lock: bool = False) -> Program:
    program = get_program(connection, program_id, lock=lock)
    if program.kind != "event":
        raise InvalidProgram(f"program {program.name} is not an event")
    return program


def participants(connection: Connection, program_id: int) -> list[Participant]:
    query = select(event_participants).where(event_participants.c.program_id == program_id)
    return [
        participant_from_row(row)
        for row in connection.execute(query.order_by(event_participants.c.id))
    ]


def find_participant(connection: Connection, program_id: int, member_id: int) -> Participant | None:
    row = connection.execute(
        select(event_participants).where(
            event_participants.c.program_id == program_id,
            event_participants.c.member_id == member_id,
        )
    ).first()
    return None if row is None else participant_from_row(row)


def member_allowances(connection: Connection, member_id: int, now: datetime) -> list[Allowance]:
    """The member's allowances, the one expiring first first (the order they are spent in)."""
    rows = connection.execute(
        select(programs)
        .join(event_participants, programs.c.id == event_participants.c.program_id)
        .where(event_participants.c.member_id == member_id)
        .order_by(programs.c.valid_until, programs.c.id)
    )
    allowances = []
    for row in rows:
        program = program_from_row(row)
        participant = find_participant(connection, program.id, member_id)
        assert participant is not None
        spendable = program.active and program.closed_at is None and program.valid_at(now)
        balance = ledger.balance(connection, participant.account_id)
        allowances.append(Allowance(program, participant, balance, spendable))
    return allowances


def event_shops(connection: Connection, member_id: int, now: datetime) -> list[tuple[int, str]]:
    """The approved shops (number, name) taking an allowance the member can spend now."""
    open_ids = [a.program.id for a in member_allowances(connection, member_id, now) if a.spendable]
    rows = connection.execute(
        select(merchants.c.id, merchants.c.business_name)
        .join(event_merchants, event_merchants.c.merchant_id == merchants.c.id)
        .where(event_merchants.c.program_id.in_(open_ids), merchants.c.status == "approved")
        .distinct()
        .order_by(merchants.c.business_name, merchants.c.id)
    )
    return [(row.id, row.business_name) for row in rows]


def participant_from_row(row: Row[Any]) -> Participant:
    return Participant(**{key: row._mapping[key] for key in Participant.__slots__})


def allowance_legs(
    connection: Connection,
    fund: int,
    allowance_account: int,
    amount: int,
    purpose: str,
    program: Program,
    metadata: dict[str, Any],
) -> list[ledger.TransferRequest]:
    """Fund → backing and mint → allowance (or, for ``event_return``, back the other way)."""
    backing = book.system_account_id(connection, book.BACKING)
    mint = book.system_account_id(connection, book.MINT)
    thb, skc = (fund, backing), (mint, allowance_account)
    if purpose == "event_return":
        thb, skc = (backing, fund), (allowance_account, mint)
    return [
        ledger.TransferRequest(*thb, amount, "THB", purpose, program.name, metadata),
        ledger.TransferRequest(*skc, amount, "SKC", purpose, program.name, metadata),
    ]


def before_expiry(program: Program, now: datetime) -> bool:
    return program.valid_until is None or now < program.valid_until
