"""The rules a program holds a payment to: where and how coin may be spent.

A *sandbox* program (the pilot: Bo Yang, the old town of Songkhla city) applies to every
payment a member makes from their own wallet while it is active and valid: the merchant's
sub-district must be allowed (if the program restricts), its category not excluded, and
the member's spending today and this month within the limits. Days and months are Thai
time (UTC+7): a limit resets at midnight in Songkhla, not in UTC.

An *event* program (Citizens' Day) holds the same rules for its allowances; the
allowances themselves live in the ``registration``, ``spending`` and ``closing`` modules.
"""

from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, case, exists, func, or_, select

from thungngoen.db.prepared import Prepared
from thungngoen.ledger.tables import transfers
from thungngoen.money import format_satang
from thungngoen.thai import THAI_TIME
from thungngoen.wallet.people import Member, Shop
from thungngoen.wallet.programs.errors import (
    DailyLimitExceeded,
    ExcludedCategory,
    MonthlyLimitExceeded,
    OutsideProgramArea,
)
from thungngoen.wallet.programs.tables import Program, program_from_row, programs
from thungngoen.wallet.tables import members, payments

# Asked on every payment; almost always answered "none" outside the pilot's programs.
_ANY_SANDBOX = Prepared(
    select(programs.c.id).where(programs.c.kind == "sandbox", programs.c.active == 1).limit(1)
)
EVENT_CHANNEL = "event"
"""The ``wallet_payments.channel`` of a payment from an event allowance."""


def check_payment(
    connection: Connection, member: Member, merchant: Shop, amount: int, now: datetime
) -> int | None:
    """Refuse a payment that breaks a rule of an active sandbox program valid at ``now``
    (a ``ProgramRuleBroken`` naming the program and the rule); return the id of the first
    such program, or ``None`` when no program applies."""
    if not _ANY_SANDBOX.run(connection, {}):
        return None
    current = connection.execute(
        select(programs)
        .where(
            programs.c.kind == "sandbox",
            programs.c.active == 1,
            programs.c.valid_from <= now,
            or_(programs.c.valid_until.is_(None), programs.c.valid_until > now),
        )
        .order_by(programs.c.id)
    )
    applying = [program_from_row(row) for row in current]
    for program in applying:
        check_rules(connection, program, member.id, merchant, amount, now)
    return applying[0].id if applying else None


def check_rules(
    connection: Connection,
    program: Program,
    member_id: int,
    merchant: Shop,
    amount: int,
    now: datetime,
) -> None:
    check_merchant(program, merchant)
    if program.daily_limit is None and program.monthly_limit is None:
        return
    # Serialise this member's payments so two at once cannot both fit under a limit.
    connection.execute(select(members.c.id).where(members.c.id == member_id).with_for_update())
    limits = (
        (program.daily_limit, thai_day(now), "today", DailyLimitExceeded),
        (program.monthly_limit, thai_month(now), "this month", MonthlyLimitExceeded),
    )
    for limit, (start, end), period, error in limits:
        if limit is None:
            continue
        spent = _spent(connection, program, member_id, start, end)
        if spent + amount > limit:
            raise error(
                f"program {program.name} allows {format_satang(limit)} baht {period};"
                f" {format_satang(spent)} baht already spent, this payment would exceed it",
                program,
            )


def check_merchant(program: Program, merchant: Shop) -> None:
    if program.allowed_tambons and merchant.tambon_code not in program.allowed_tambons:
        raise OutsideProgramArea(
            f"{merchant.business_name} is outside the area of program {program.name}", program
        )
    if merchant.category in program.excluded_categories:
        raise ExcludedCategory(
            f"program {program.name} excludes {merchant.category} merchants", program
        )


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
    """A sandbox counts the member's own coin (not event allowances); an event counts only
    what was paid from its allowance. Each payment counts on the day it was made, less what
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
    return int(connection.execute(query).scalar_one())
