"""A participant pays an event merchant from their allowance.

``checkout`` is imported as a module, not by name: it imports this package (for
``check_payment``), so its names exist only once it has finished loading.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, insert, select

from thungngoen import ledger
from thungngoen.wallet import errors, payment_record
from thungngoen.wallet.people import Member, Shop
from thungngoen.wallet.programs import refusals
from thungngoen.wallet.programs.admin import get_program
from thungngoen.wallet.programs.participants import Participant, participant_from_row
from thungngoen.wallet.programs.rules import EVENT_CHANNEL, check_rules
from thungngoen.wallet.programs.tables import (
    Program,
    event_merchants,
    event_participants,
    programs,
)
from thungngoen.wallet.tables import payments


@dataclass(frozen=True, slots=True)
class AllowanceCharge:
    """A payment from an allowance, checked: the event, its shop and what is left of the
    allowance before the payment (what the confirmation shows)."""

    program: Program
    shop: Shop
    participant: Participant
    left: int


def check_allowance_payment(
    connection: Connection,
    member: Member,
    merchant_id: int,
    amount: int,
    now: datetime,
    lock: bool = False,
) -> AllowanceCharge:
    """Every check of ``pay_with_allowance``, moving nothing: the page's confirmation asks
    it before the PIN, the payment again under the member's lock (``lock``)."""
    most = payment_record.MAX_PAYMENT
    if not isinstance(amount, int) or isinstance(amount, bool) or not 0 < amount <= most:
        raise errors.InvalidAmount(f"amount must be between 0.01 and {most // 100:,} baht")
    shop = payment_record.approved_merchant(connection, merchant_id)
    program, participant = _allowance_for(connection, member, shop, amount, now)
    check_rules(connection, program, member.id, shop, amount, now, lock=lock)
    left = ledger.balance(connection, participant.account_id)
    return AllowanceCharge(program, shop, participant, left)


def pay_with_allowance(
    connection: Connection,
    member: Member,
    merchant_id: int,
    amount: int,
    idempotency_key: str,
    now: datetime,
) -> payment_record.Payment:
    """The one way an allowance is spent (API, page, CLI); a refusal moves nothing."""
    key = f"event-pay:{member.id}:{idempotency_key}"
    earlier = ledger.batch_by_key(connection, key)
    if earlier:
        row = connection.execute(
            select(payments).where(payments.c.transfer_id == earlier[0].id)
        ).one()
        if (row.merchant_id, row.amount) != (merchant_id, amount):
            raise ledger.errors.IdempotencyConflict(
                "this idempotency key was already used for a different payment"
            )
        return payment_record.payment_from_row(row)
    charge = check_allowance_payment(connection, member, merchant_id, amount, now, lock=True)
    program, shop, participant = charge.program, charge.shop, charge.participant
    metadata = {"program_id": program.id, "member_id": member.id, "merchant_id": merchant_id}
    memo = f"{shop.business_name} ({program.name})"
    leg = ledger.TransferRequest(
        participant.account_id, shop.account_id, amount, "SKC", "event_payment", memo, metadata
    )
    transfer = ledger.post_batch(connection, [leg], idempotency_key=key)[0]
    values = {
        "transfer_id": transfer.id,
        "member_id": member.id,
        "merchant_id": merchant_id,
        "amount": amount,
        "discount": 0,
        "refunded": 0,
        "program_id": program.id,
        "channel": EVENT_CHANNEL,
        "created_at": now,
        "details": {"allowance_account_id": participant.account_id},
    }
    payment_id = connection.execute(insert(payments).returning(payments.c.id), values).scalar_one()
    return payment_record.Payment(
        payment_id, transfer.id, member.id, merchant_id, amount, 0, amount, EVENT_CHANNEL
    )


def _allowance_for(
    connection: Connection, member: Member, shop: Shop, amount: int, now: datetime
) -> tuple[Program, Participant]:
    """The member's allowance to pay this shop from: of the events listing the shop and
    open now, the one that expires first and still holds enough."""
    joined = (
        select(event_participants)
        .join(programs, programs.c.id == event_participants.c.program_id)
        .where(event_participants.c.member_id == member.id)
        .order_by(programs.c.valid_until, programs.c.id)
    )
    mine = [participant_from_row(row) for row in connection.execute(joined)]
    if not mine:
        raise refusals.no_allowance()
    listed = set(
        connection.execute(
            select(event_merchants.c.program_id).where(
                event_merchants.c.merchant_id == shop.id,
                event_merchants.c.program_id.in_([p.program_id for p in mine]),
            )
        ).scalars()
    )
    candidates = [(get_program(connection, p.program_id), p) for p in mine]
    at_shop = [(program, p) for program, p in candidates if program.id in listed]
    if not at_shop:
        raise refusals.not_event_shop(candidates[0][0], shop)
    open_now = [(pr, p) for pr, p in at_shop if pr.active and not pr.closed_at and pr.valid_at(now)]
    if not open_now:
        raise refusals.event_not_open(at_shop[0][0], now)
    for program, participant in open_now:
        if ledger.balance(connection, participant.account_id) >= amount:
            return program, participant
    program, participant = open_now[0]
    raise refusals.allowance_low(
        program, ledger.balance(connection, participant.account_id), amount
    )
