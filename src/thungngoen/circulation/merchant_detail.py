"""One shop's circulation over a period: the staff's drill-down from the report's shops
(the JSON API, the page and its CSV all call ``merchant_circulation``). Its totals and a
series, a row per day, or per month when the period is longer than ``DAILY_UP_TO`` days
(a season by day would be a table no one reads). Figures come from the rollup
``circulation_merchant_days`` only (``rollup.refresh`` first); the shop's name and place
from the wallet's own record, as in the report's table of shops."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from sqlalchemy import Connection, select

from thungngoen.circulation import queries
from thungngoen.circulation.areas import WHOLE_PILOT
from thungngoen.circulation.days import month_of, next_month
from thungngoen.circulation.errors import UnknownMerchant
from thungngoen.circulation.figures import ratio
from thungngoen.circulation.period import scope_for
from thungngoen.circulation.rollup import watermark
from thungngoen.wallet.tables import merchants

DAILY_UP_TO = 62
"""The longest period (in days) given day by day: two months."""
Grain = Literal["day", "month"]
_DAY = timedelta(days=1)
LARGEST_ID = 2**63 - 1


@dataclass(frozen=True, slots=True)
class Shop:
    merchant_id: int
    business_name: str
    tambon: str


@dataclass(frozen=True, slots=True)
class Amounts:
    """A shop's coin over some days, in satang."""

    purchases: int = 0
    """Coin members paid the shop, net of refunds and cashback."""
    from_merchants: int = 0
    respent: int = 0
    """Coin the shop paid other network members: suppliers and wages."""
    redeemed: int = 0

    @property
    def received(self) -> int:
        return self.purchases + self.from_merchants

    @property
    def respend_share(self) -> float | None:
        return ratio(self.respent, self.received)

    def __add__(self, other: "Amounts") -> "Amounts":
        return Amounts(
            self.purchases + other.purchases,
            self.from_merchants + other.from_merchants,
            self.respent + other.respent,
            self.redeemed + other.redeemed,
        )


@dataclass(frozen=True, slots=True)
class SeriesRow:
    first_day: date
    """The day, or the first day of the month inside the period."""
    last_day: date
    amounts: Amounts


@dataclass(frozen=True, slots=True)
class MerchantCirculationDetail:
    shop: Shop
    first_day: date
    last_day: date
    as_of_transfer: int
    """The last ledger transfer the rollups include."""
    grain: Grain
    totals: Amounts
    series: tuple[SeriesRow, ...]
    """Every day (or month) of the period, in order; zero where the shop did nothing."""


def shop_of(connection: Connection, merchant_id: int) -> Shop:
    """The shop with this id; ``UnknownMerchant`` if there is none (a shop that never
    took coin is known: its figures are zero)."""
    m = merchants.c
    found = None
    if 0 < merchant_id <= LARGEST_ID:  # a bigger number is no id: the driver refuses it
        query = select(m.business_name, m.tambon_code).where(m.id == merchant_id)
        found = connection.execute(query).one_or_none()
    if found is None:
        raise UnknownMerchant(f"no merchant {merchant_id}")
    return Shop(merchant_id, found.business_name, found.tambon_code)


def merchant_circulation(
    connection: Connection,
    merchant_id: int,
    first: date | None = None,
    last: date | None = None,
) -> MerchantCirculationDetail:
    """The shop's figures for the Thai days ``first``…``last`` (default: every day the
    rollups hold, as ``circulation_report``); ``InvalidPeriod`` if it ends first."""
    shop = shop_of(connection, merchant_id)
    scope, _ = scope_for(connection, first, last, WHOLE_PILOT, None)
    grain: Grain = "day" if (scope.last - scope.first).days < DAILY_UP_TO else "month"
    rows = queries.merchant_days(connection, merchant_id, scope.first, scope.last)
    series = _series(scope.first, scope.last, grain, rows)
    return MerchantCirculationDetail(
        shop=shop,
        first_day=scope.first,
        last_day=scope.last,
        as_of_transfer=watermark(connection),
        grain=grain,
        totals=sum((row.amounts for row in series), Amounts()),
        series=series,
    )


def _series(first: date, last: date, grain: Grain, rows: Iterable[Any]) -> tuple[SeriesRow, ...]:
    spans = _spans(first, last, grain)
    amounts = dict.fromkeys(spans, Amounts())
    for day, purchases, supplier_in, respent, redeemed in rows:
        start = date.fromisoformat(day)
        if grain == "month":
            start = max(month_of(start), first)
        found = Amounts(int(purchases), int(supplier_in), int(respent), int(redeemed))
        amounts[start] += found
    return tuple(SeriesRow(start, end, amounts[start]) for start, end in spans.items())


def _spans(first: date, last: date, grain: Grain) -> dict[date, date]:
    """Each day's or month's first and last day inside ``first``…``last``."""
    spans: dict[date, date] = {}
    start = first
    while start <= last:
        end = start if grain == "day" else min(next_month(month_of(start)), last + _DAY) - _DAY
        spans[start] = end
        start = end + _DAY
    return spans
