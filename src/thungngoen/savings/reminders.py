"""The savings area's reminders, run by the delivery worker (``Area.scheduled``): the
group meets tomorrow; a loan instalment falls due in three days; an instalment is late.

Each job finds what is due with a few set-based queries (whatever the number of members
or loans) and raises each reminder through ``notify.notify_once`` under a key naming its
subject and day, so a second run or a second worker tells nobody twice. A reminder's day
begins at 08:00 Thai time (``reminder_day``): before then it is still the day before,
so nothing is raised in the night. Only members who have a wallet login, are still in
the group (``left_on``) and belong to a group that is not closed are told.
"""

from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Row,
    String,
    and_,
    cast,
    exists,
    func,
    literal,
    or_,
    select,
)

from thungngoen import notify
from thungngoen.ledger.tables import accounts
from thungngoen.notify.tables import once
from thungngoen.savings.notifications import INSTALMENT_DUE, INSTALMENT_LATE, MEETING_TOMORROW
from thungngoen.savings.tables import entries, groups, instalments, loans, members
from thungngoen.savings.tables import planned_meetings as planned
from thungngoen.thai import THAI_TIME, thai_day
from thungngoen.wallet.tables import members as wallets

MORNING = timedelta(hours=8)
DUE_AHEAD = 3
"""Days before its due date that an instalment is announced."""
LATE_WEEKS = 4
"""A late instalment is told the day after its due date, then weekly, four times at most."""
BATCH = 5_000
"""Most reminders one run raises; the next run (ten minutes on) takes the rest."""


def reminder_day(now: datetime) -> date:
    """The Thai day whose 08:00 has passed last: 07:59 on the 9th is still the 8th."""
    return thai_day(now - MORNING)


def _still_in(day: date) -> ColumnElement[bool]:
    """A member of the group on ``day``, with a login to tell, in a group not closed."""
    return and_(
        members.c.joined_on <= day,
        or_(members.c.left_on.is_(None), members.c.left_on > day),
        groups.c.status != "closed",
    )


def meeting_tomorrow(connection: Connection, now: datetime) -> int:
    """Every member of a group that meets tomorrow, from 08:00 the day before."""
    meets_on = reminder_day(now) + timedelta(days=1)
    key = (
        literal("savings.meeting_tomorrow:meeting ")
        + cast(planned.c.id, String)
        + literal(f":{meets_on.isoformat()}:member ")
        + cast(members.c.id, String)
    )
    query = (
        select(key.label("key"), planned.c.starts_at, planned.c.place, groups.c.name)
        .add_columns(wallets.c.user_id)
        .join(groups, groups.c.id == planned.c.group_id)
        .join(members, members.c.group_id == planned.c.group_id)
        .join(wallets, wallets.c.id == members.c.wallet_member_id)
        .where(planned.c.meets_on == meets_on, _still_in(meets_on))
        .where(~exists().where(once.c.key == key))
        .limit(BATCH)
    )
    told = 0
    for row in connection.execute(query).all():
        starts = datetime.combine(meets_on, row.starts_at, THAI_TIME).astimezone(UTC)
        values = {"group": row.name, "when": starts.isoformat(), "place": row.place}
        told += notify.notify_once(connection, row.key, MEETING_TOMORROW, row.user_id, now, values)
    return told


def _unpaid_instalments(
    connection: Connection, first: date, last: date, day: date
) -> list[Row[Any]]:
    """The instalments due from ``first`` to ``last`` not yet covered by what the loan's
    borrower has paid, with what is owed up to each (rows: loan, user, group, due date,
    owed). A loan's payments fill its instalments in order (as ``arrears`` counts them):
    paid = principal repaid under the schedule + interest paid − interest paid before."""
    earlier = instalments.alias("earlier")
    owed_up_to = (
        select(func.sum(earlier.c.principal + earlier.c.interest))
        .where(
            earlier.c.loan_id == instalments.c.loan_id,
            earlier.c.version == instalments.c.version,
            earlier.c.number <= instalments.c.number,
        )
        .scalar_subquery()
    )
    interest_paid = (
        select(func.coalesce(func.sum(entries.c.amount), 0))
        .where(entries.c.loan_id == loans.c.id, entries.c.kind == "repayment_interest")
        .scalar_subquery()
    )
    paid = (
        loans.c.schedule_principal
        - (accounts.c.debits_posted - accounts.c.credits_posted)
        + interest_paid
        - loans.c.interest_paid_before
    )
    query = (
        select(
            loans.c.id,
            wallets.c.user_id,
            groups.c.name,
            instalments.c.due_on,
            (owed_up_to - paid).label("owed"),
            (instalments.c.principal + instalments.c.interest).label("amount"),
        )
        .join(loans, loans.c.id == instalments.c.loan_id)
        .join(accounts, accounts.c.id == loans.c.account_id)
        .join(members, members.c.id == loans.c.member_id)
        .join(groups, groups.c.id == loans.c.group_id)
        .join(wallets, wallets.c.id == members.c.wallet_member_id)
        .where(
            instalments.c.version == loans.c.schedule_version,
            loans.c.status == "active",
            instalments.c.due_on.between(first, last),
            owed_up_to > paid,
            _still_in(day),
        )
        .order_by(loans.c.id, instalments.c.due_on)
    )
    return list(connection.execute(query))


def _untold(connection: Connection, keys: list[str]) -> set[str]:
    told: set[str] = set()
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        told.update(connection.execute(select(once.c.key).where(once.c.key.in_(chunk))).scalars())
    return set(keys) - told


def instalment_due(connection: Connection, now: datetime) -> int:
    """The borrower of every instalment falling due in the next three days, unpaid."""
    day = reminder_day(now)
    rows = _unpaid_instalments(connection, day, day + timedelta(days=DUE_AHEAD), day)
    keyed = {f"savings.instalment_due:loan {row.id}:{row.due_on.isoformat()}": row for row in rows}
    told = 0
    for key in sorted(_untold(connection, list(keyed)))[:BATCH]:
        row = keyed[key]
        values = {
            "group": row.name,
            "amount": int(min(row.amount, row.owed)),
            "due": row.due_on.isoformat(),
            "loan_id": row.id,
        }
        told += notify.notify_once(connection, key, INSTALMENT_DUE, row.user_id, now, values)
    return told


def instalment_late(connection: Connection, now: datetime) -> int:
    """The borrower of an unpaid instalment, the day after its due date and then every
    seven days, four times at most; a worker that was down tells only the latest."""
    day = reminder_day(now)
    first = day - timedelta(days=7 * LATE_WEEKS)
    rows = _unpaid_instalments(connection, first, day - timedelta(days=1), day)
    keyed = {}
    for row in rows:
        week = ((day - row.due_on).days + 6) // 7
        keyed[f"savings.instalment_late:loan {row.id}:{row.due_on.isoformat()}:week {week}"] = row
    told = 0
    for key in sorted(_untold(connection, list(keyed)))[:BATCH]:
        row = keyed[key]
        values = {
            "group": row.name,
            "amount": int(row.owed),
            "due": row.due_on.isoformat(),
            "loan_id": row.id,
        }
        told += notify.notify_once(connection, key, INSTALMENT_LATE, row.user_id, now, values)
    return told


SCHEDULED = (
    notify.Scheduled("savings.meeting_tomorrow", meeting_tomorrow),
    notify.Scheduled("savings.instalment_due", instalment_due, timedelta(minutes=30)),
    notify.Scheduled("savings.instalment_late", instalment_late, timedelta(minutes=30)),
)
