"""The legal guard: the Payment Systems Act exemption for e-money used in one area holds
while the average outstanding prepaid float stays below THB 50,000,000.

The figure watched is the average, over the 182 Bangkok calendar days ending with the
day of ``now`` (today counted at its value as of ``now``), of the coin outstanding at each
day's end. Coin outstanding is −balance of ``skc:mint``; every posted transfer records the
mint's balance after it, so a day's end-of-day value is the balance after the mint's last
transfer that day, and a day without one carries the value of the day before (days
before the first coin was minted count as zero). Transfers after ``now`` are ignored, so
a report can be asked as of any moment (and tested with a fake clock).

One query walks the mint's statement chain back from its latest transfer to the last one
before the window (primary-key lookups only: the ledger has no index on account sides,
and the chain keeps the walk proportional to the mint's own transfers in the window) and
groups it by Bangkok day; Python only fills the days between. The average is rounded up
to the satang, in favour of caution.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import BigInteger, Connection, bindparam, text

from thungngoen import ledger
from thungngoen.db.types import UtcDateTime
from thungngoen.thai import day_bounds, thai_day
from thungngoen.wallet import book

WINDOW_DAYS = 182
FLOAT_LIMIT = 50_000_000 * 100
"""THB 50 million, in satang."""
WARNING_PERCENT = 80

_LOCAL_DAY = {
    "sqlite": "date(t.created_at, '+7 hours')",
    "postgresql": "CAST((t.created_at AT TIME ZONE 'UTC') + INTERVAL '7 hours' AS DATE)",
}

_END_OF_DAY = """
    WITH RECURSIVE chain(id) AS (
        SELECT CAST(:start AS BIGINT)
        UNION ALL
        SELECT CASE WHEN t.debit_account_id = :mint
                    THEN t.debit_previous_id ELSE t.credit_previous_id END
        FROM chain JOIN ledger_transfers t ON t.id = chain.id
        WHERE t.created_at >= :window_start
    ),
    last_of_day(day, id) AS (
        SELECT {local_day}, MAX(t.id)
        FROM chain JOIN ledger_transfers t ON t.id = chain.id
        WHERE t.created_at <= :now
        GROUP BY 1
    )
    SELECT d.day,
           CASE WHEN t.debit_account_id = :mint
                THEN t.debit_balance_after ELSE t.credit_balance_after END AS balance_after
    FROM last_of_day d JOIN ledger_transfers t ON t.id = d.id
    ORDER BY d.day"""


@dataclass(frozen=True, slots=True)
class FloatReport:
    as_of: datetime
    outstanding: int
    """Coin outstanding as of ``as_of``, in satang."""
    average_outstanding: int
    """Average of the end-of-day outstanding over the window, in satang (rounded up)."""
    limit: int
    first_day: date
    last_day: date

    @property
    def share_used(self) -> float:
        """The average as a share of the limit (0.8 = 80%); for display only."""
        return self.average_outstanding / self.limit

    @property
    def warning(self) -> bool:
        return self.average_outstanding * 100 >= self.limit * WARNING_PERCENT


def float_report(connection: Connection, now: datetime) -> FloatReport:
    last_day = thai_day(now)
    first_day = last_day - timedelta(days=WINDOW_DAYS - 1)
    by_day = _end_of_day_balances(connection, first_day, now)
    opening = [value for day, value in by_day.items() if day < first_day]
    outstanding = opening[-1] if opening else 0
    total = 0
    for offset in range(WINDOW_DAYS):
        outstanding = by_day.get(first_day + timedelta(days=offset), outstanding)
        total += outstanding
    return FloatReport(
        as_of=now,
        outstanding=outstanding,
        average_outstanding=-(-total // WINDOW_DAYS),
        limit=FLOAT_LIMIT,
        first_day=first_day,
        last_day=last_day,
    )


def _end_of_day_balances(connection: Connection, first_day: date, now: datetime) -> dict[date, int]:
    """Coin outstanding at the end of each Bangkok day the mint moved, in day order,
    from the last such day before ``first_day`` up to ``now``."""
    mint = ledger.find_account(connection, book.MINT)
    if mint is None or mint.last_transfer_id is None:
        return {}
    window_start, _ = day_bounds(first_day)
    query = (
        text(_END_OF_DAY.format(local_day=_LOCAL_DAY[connection.dialect.name]))
        .bindparams(
            bindparam("start", type_=BigInteger),
            bindparam("mint", type_=BigInteger),
            bindparam("window_start", type_=UtcDateTime()),
            bindparam("now", type_=UtcDateTime()),
        )
        .columns(balance_after=BigInteger)
    )
    parameters = {
        "start": mint.last_transfer_id,
        "mint": mint.id,
        "window_start": window_start,
        "now": now,
    }
    rows = connection.execute(query, parameters)
    # The mint is an equity account: coin issued makes its balance negative.
    return {_as_date(row.day): -int(row.balance_after) for row in rows}


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))
