"""Posting the share-out previewed by ``shareout``: once per key, all or nothing."""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from thungngoen import audit, ledger
from thungngoen.clock import utc_now
from thungngoen.ledger.errors import IdempotencyConflict
from thungngoen.savings.errors import ShareOutOutOfOrder
from thungngoen.savings.groups import Group, get_enterprise, get_group
from thungngoen.savings.moves import Floors, Move, check_floors
from thungngoen.savings.people import list_members
from thungngoen.savings.records import record_entries
from thungngoen.savings.shareout import ShareOut, check_shareout_day, preview_shareout
from thungngoen.savings.tables import ENTRY_KINDS, shareouts
from thungngoen.thai import thai_today

TOTALS = ("profit", "enterprise", "dividend", "welfare", "reserve")


@dataclass(frozen=True, slots=True)
class ShareOutRecord:
    id: int
    group_id: int
    held_on: date
    profit: int
    enterprise: int
    dividend: int
    welfare: int
    reserve: int
    batch_id: int | None
    recorded_by: str
    created_at: datetime


def post_shareout(
    connection: Connection, group_id: int, *, held_on: date, idempotency_key: str, actor: str
) -> ShareOutRecord:
    group = get_group(connection, group_id, lock=True)
    earlier = connection.execute(
        select(shareouts).where(
            shareouts.c.group_id == group_id, shareouts.c.idempotency_key == idempotency_key
        )
    ).first()
    if earlier is not None:
        if earlier.held_on != held_on:
            raise IdempotencyConflict("this share-out's key was already used for another day")
        return _record(earlier)
    if held_on > thai_today():
        raise ShareOutOutOfOrder("a share-out is not dated in the future")
    check_shareout_day(connection, group, held_on)
    plan = preview_shareout(connection, group_id, held_on)
    moves = _moves(connection, group, plan)
    check_floors(connection, moves, Floors(group.cash_account_id, group.welfare_account_id))
    batch_id = None
    posted: list[tuple[Move, int]] = []
    if moves:
        metadata: dict[str, Any] = {"group_id": group_id, "shareout": str(held_on)}
        transfers = ledger.post_batch(
            connection,
            [move.request(metadata) for move in moves],
            idempotency_key=f"savings:{group_id}:shareout:{idempotency_key}",
        )
        batch_id = transfers[0].batch_id
        posted = [
            (move, transfer.id)
            for move, transfer in zip(moves, transfers, strict=True)
            if move.kind in ENTRY_KINDS
        ]
    totals = {name: getattr(plan, name) for name in TOTALS}
    values = {"group_id": group_id, "held_on": held_on, **totals, "batch_id": batch_id}
    values |= {"recorded_by": actor, "created_at": utc_now()}
    shareout_id = connection.execute(
        insert(shareouts).returning(shareouts.c.id),
        {**values, "idempotency_key": idempotency_key},
    ).scalar_one()
    record_entries(connection, group_id, held_on, {"shareout_id": shareout_id}, posted)
    audit.record(
        connection,
        actor=actor,
        action="savings.shareout.post",
        subject_type="savings_group",
        subject_id=group_id,
        after={"held_on": held_on, **totals},
    )
    return ShareOutRecord(id=shareout_id, **values)


def _moves(connection: Connection, group: Group, plan: ShareOut) -> list[Move]:
    """Close the period's income and expenses into the surplus, then divide it."""
    surplus = group.surplus_account_id
    moves: list[Move] = []

    def add(kind: str, debit: int, credit: int, amount: int, member_id: int | None = None) -> None:
        if amount < 0:
            debit, credit, amount = credit, debit, -amount
        if amount:
            moves.append(Move(kind, debit, credit, amount, member_id=member_id))

    add("close_interest", group.interest_account_id, surplus, plan.interest)
    add("close_fines", group.fines_account_id, surplus, plan.fines)
    add("close_expenses", surplus, group.expenses_account_id, plan.expenses)
    members = {member.id: member for member in list_members(connection, group.id)}
    for line in plan.dividends:
        add(
            "dividend",
            surplus,
            members[line.member_id].savings_account_id,
            line.dividend,
            line.member_id,
        )
    add("welfare_share", surplus, group.welfare_account_id, plan.welfare)
    add("reserve_share", surplus, group.reserve_account_id, plan.reserve)
    if plan.enterprise:
        assert group.enterprise_code is not None
        enterprise = get_enterprise(connection, group.enterprise_code)
        capital = enterprise.capital_account_id
        add("enterprise_capital", surplus, capital, plan.enterprise - plan.enterprise_from_reserve)
        add("enterprise_capital", group.reserve_account_id, capital, plan.enterprise_from_reserve)
        add("enterprise", enterprise.cash_account_id, group.cash_account_id, plan.enterprise)
    return moves


def _record(row: Any) -> ShareOutRecord:
    return ShareOutRecord(**{key: row._mapping[key] for key in ShareOutRecord.__slots__})
