"""The rules a program holds a payment to: where and how coin may be spent.

A *sandbox* program (the pilot: Bo Yang, the old town of Songkhla city) governs the
payments members make from their own wallet at the shops in its area (all shops when it
names no area) while it is active and valid (decision 0032):
- a shop in no active program's area is outside the sandbox: refused, naming each
  program and its area; with no active program, nothing is checked;
- every program governing a payment holds it to its rules — excluded categories, and the
  member's spending today and this month at the shops of its area within its limits — so
  where two programs govern, the strictest wins: the refusal names the program with the
  least room left;
- the payment records the program that governs it (one bound to an area before one that
  is not, then the oldest), for the reports.
Days and months are Thai time (UTC+7): a limit resets at midnight in Songkhla, not in UTC.

An *event* program (Citizens' Day) holds the same rules for its allowances; the
allowances themselves live in the ``registration``, ``spending`` and ``closing`` modules.
"""

from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, case, exists, func, or_, select

from thungngoen.db.prepared import Prepared
from thungngoen.ledger.tables import transfers
from thungngoen.thai import THAI_TIME
from thungngoen.wallet.people import Member, Shop
from thungngoen.wallet.programs import refusals
from thungngoen.wallet.programs.errors import ProgramRuleBroken
from thungngoen.wallet.programs.tables import Program, program_from_row, programs
from thungngoen.wallet.tables import members, merchants, payments

# Asked on every payment; almost always answered "none" outside the pilot's programs.
_ANY_SANDBOX = Prepared(
    select(programs.c.id).where(programs.c.kind == "sandbox", programs.c.active == 1).limit(1)
)
EVENT_CHANNEL = "event"
"""The ``wallet_payments.channel`` of a payment from an event allowance."""


def check_payment(
    connection: Connection, member: Member, merchant: Shop, amount: int, now: datetime
) -> int | None:
    """Refuse a payment that a sandbox program governing it (active, valid at ``now``)
    refuses — a ``ProgramRuleBroken`` naming the program, the rule and the figures; return
    the id of the program recorded with the payment, or ``None`` when none governs it."""
    if not _ANY_SANDBOX.run(connection, {}):
        return None
    current = [
        program_from_row(row)
        for row in connection.execute(
            select(programs)
            .where(
                programs.c.kind == "sandbox",
                programs.c.active == 1,
                programs.c.valid_from <= now,
                or_(programs.c.valid_until.is_(None), programs.c.valid_until > now),
            )
            .order_by(programs.c.id)
        )
    ]
    if not current:
        return None
    ruling = governing(current, merchant)
    if not ruling:
        raise refusals.outside_area(merchant, current)
    for program in ruling:
        _check_category(program, merchant)
    _check_limits(connection, ruling, member.id, amount, now)
    return ruling[0].id


def governing(current: list[Program], merchant: Shop) -> list[Program]:
    """The programs whose area holds ``merchant``: those bound to an area first."""
    held = [p for p in current if merchant.tambon_code in p.allowed_tambons]
    return held + [p for p in current if not p.allowed_tambons]


def check_rules(
    connection: Connection,
    program: Program,
    member_id: int,
    merchant: Shop,
    amount: int,
    now: datetime,
    lock: bool = True,
) -> None:
    """All of one program's rules (an event's, for a payment from its allowance);
    ``lock``: serialise the member's payments (a check before paying needs none)."""
    check_merchant(program, merchant)
    _check_limits(connection, [program], member_id, amount, now, lock)


def check_merchant(program: Program, merchant: Shop) -> None:
    if program.allowed_tambons and merchant.tambon_code not in program.allowed_tambons:
        raise refusals.outside_area(merchant, [program])
    _check_category(program, merchant)


def _check_category(program: Program, merchant: Shop) -> None:
    if merchant.category in program.excluded_categories:
        raise refusals.excluded(program, merchant)


def _check_limits(
    connection: Connection,
    ruling: list[Program],
    member_id: int,
    amount: int,
    now: datetime,
    lock: bool = True,
) -> None:
    """Each program's daily and monthly limit; of those the payment would pass, the one
    with the least room left refuses (the strictest wins)."""
    limited = [p for p in ruling if p.daily_limit is not None or p.monthly_limit is not None]
    if not limited:
        return
    if lock:  # Serialise the member's payments so two at once cannot both fit under a limit.
        locked = select(members.c.id).where(members.c.id == member_id).with_for_update()
        connection.execute(locked)
    broken: list[tuple[int, ProgramRuleBroken]] = []
    for program in limited:
        limits = (
            (program.daily_limit, thai_day(now), "day"),
            (program.monthly_limit, thai_month(now), "month"),
        )
        for limit, (start, end), period in limits:
            if limit is None:
                continue
            spent = _spent(connection, program, member_id, start, end)
            if spent + amount > limit:
                error = refusals.over_limit(program, period, limit, spent, amount)
                broken.append((limit - spent, error))
    if broken:
        raise min(broken, key=lambda found: found[0])[1]


def thai_day(moment: datetime) -> tuple[datetime, datetime]:
    """The Thai calendar day (UTC+7) holding ``moment``, as a UTC [start, end)."""
    start = moment.astimezone(THAI_TIME).replace(hour=0, minute=0, second=0, microsecond=0)
    return start.astimezone(UTC), (start + timedelta(days=1)).astimezone(UTC)


def thai_month(moment: datetime) -> tuple[datetime, datetime]:
    """The Thai calendar month (UTC+7) holding ``moment``, as a UTC [start, end)."""
    start = moment.astimezone(THAI_TIME).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    following = (start + timedelta(days=32)).replace(day=1)
    return start.astimezone(UTC), following.astimezone(UTC)


def _spent(
    connection: Connection, program: Program, member_id: int, start: datetime, end: datetime
) -> int:
    """A sandbox counts the member's own coin (not event allowances) paid at the shops of its
    area (every shop when it names none); an event counts only what was paid from its
    allowance. Each payment counts on the day it was made, less what
    was refunded of it since; a payment refunded in full or reversed counts nothing
    (decision 0023)."""
    reversed_ = exists().where(transfers.c.reverses_id == payments.c.transfer_id)
    counted = case(
        (reversed_, 0),
        (payments.c.refunded >= payments.c.amount - payments.c.discount, 0),
        else_=payments.c.amount - payments.c.refunded,
    )
    query = select(func.coalesce(func.sum(counted), 0)).where(
        payments.c.member_id == member_id,
        payments.c.created_at >= start,
        payments.c.created_at < end,
    )
    if program.kind == "event":
        query = query.where(
            payments.c.channel == EVENT_CHANNEL, payments.c.program_id == program.id
        )
    else:
        query = query.where(payments.c.channel != EVENT_CHANNEL)
        if program.allowed_tambons:
            in_area = select(merchants.c.id).where(
                merchants.c.tambon_code.in_(program.allowed_tambons)
            )
            query = query.where(payments.c.merchant_id.in_(in_area))
    return int(connection.execute(query).scalar_one())
