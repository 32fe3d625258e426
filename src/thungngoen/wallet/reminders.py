"""The wallet's reminder, run by the delivery worker (``Area.scheduled``): an event's
allowance lapses at the event's expiry (``valid_until``: after it nothing can be spent,
and closing the event returns what is left to its fund), so each participant who still
has some is told three days before, from 08:00 Thai time, with the amount left.

One set-based query finds the participants; each is told once per event and expiry
(``notify.notify_once``): an expiry moved later is announced again.
"""

from datetime import datetime, timedelta

from sqlalchemy import Connection, select

from thungngoen import notify
from thungngoen.ledger.tables import accounts
from thungngoen.notify.tables import once
from thungngoen.thai import day_bounds, thai_day
from thungngoen.wallet.notifications import COIN_EXPIRING
from thungngoen.wallet.programs.tables import event_participants, programs
from thungngoen.wallet.tables import members

MORNING = timedelta(hours=8)
DAYS_AHEAD = 3
"""From 08:00 on the third Thai day before the expiry's day."""
BATCH = 5_000


def coin_expiring(connection: Connection, now: datetime) -> int:
    day = thai_day(now - MORNING)
    _, horizon = day_bounds(day + timedelta(days=DAYS_AHEAD))
    left = (accounts.c.credits_posted - accounts.c.debits_posted).label("left")
    query = (
        select(event_participants.c.id, programs.c.name, programs.c.valid_until, left)
        .add_columns(members.c.user_id)
        .join(programs, programs.c.id == event_participants.c.program_id)
        .join(accounts, accounts.c.id == event_participants.c.account_id)
        .join(members, members.c.id == event_participants.c.member_id)
        .where(
            programs.c.kind == "event",
            programs.c.active == 1,
            programs.c.closed_at.is_(None),
            programs.c.valid_until > now,
            programs.c.valid_until < horizon,
            left > 0,
        )
    )
    rows = connection.execute(query).all()
    keyed = {
        f"wallet.coin_expiring:participant {row.id}:{row.valid_until.isoformat()}": row
        for row in rows
    }
    told_before: set[str] = set()
    keys = list(keyed)
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        told_before.update(
            connection.execute(select(once.c.key).where(once.c.key.in_(chunk))).scalars()
        )
    told = 0
    for key in sorted(set(keys) - told_before)[:BATCH]:
        row = keyed[key]
        values = {
            "program": row.name,
            "amount": int(row.left),
            "until": row.valid_until.isoformat(),
        }
        told += notify.notify_once(connection, key, COIN_EXPIRING, row.user_id, now, values)
    return told


SCHEDULED = (notify.Scheduled("wallet.coin_expiring", coin_expiring),)
