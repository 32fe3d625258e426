"""The town's two shops (``conftest``) for the tests of a shop's circulation, by hand
(amounts in satang; 1 baht = 100).

The Bo Yang shop: on 2 March six members pay 100 and two pay 50 (700 baht); on 3 March
it pays the Hat Yai wholesaler 300; on 5 April the six pay 40 each (240 baht). In all
it receives 940 baht and re-spends 300 (a share of 300 / 940 ≈ 31.9 %), redeems nothing.

The wholesaler: 300 baht from the shop on 3 March, 100 redeemed on 4 March (``at(4, 9)``
is a March day), nothing re-spent (share 0).

The rollups hold 2 March (the first top-ups) to 5 April: 35 days, so by day."""

import re
from dataclasses import dataclass

from sqlalchemy import select

from tests.circulation.pages.conftest import SHOP_NAMES, Town
from thungngoen.db import read_transaction
from thungngoen.wallet.tables import merchants

HELD_DAYS = 35
SHOP_TOTALS = {
    "purchases": 94_000,
    "from-merchants": 0,
    "received": 94_000,
    "respent": 30_000,
    "redeemed": 0,
}
WHOLESALER_TOTALS = {
    "purchases": 0,
    "from-merchants": 30_000,
    "received": 30_000,
    "respent": 0,
    "redeemed": 10_000,
}


@dataclass(frozen=True)
class Shops:
    shop: int
    wholesaler: int


def shops_of(town: Town) -> Shops:
    with read_transaction(town.engine) as connection:
        query = select(merchants.c.business_name, merchants.c.id)
        ids = {row.business_name: row.id for row in connection.execute(query)}
    return Shops(ids[SHOP_NAMES[0]], ids[SHOP_NAMES[1]])


def totals_on(page: str) -> dict[str, int]:
    """The page's totals by name (``purchases``…), from their ``data-satang``."""
    return {
        name: int(value)
        for name, value in re.findall(r'id="total-([a-z-]+)" data-satang="(-?\d+)"', page)
    }


def series_on(page: str) -> dict[str, list[int]]:
    """The series table's rows: first day → the row's amounts in satang, in column order
    (purchases, from shops, received, re-spent, redeemed)."""
    rows = re.findall(r'<tr data-from="([\d-]+)">(.*?)</tr>', page, re.S)
    return {day: [int(v) for v in re.findall(r'data-satang="(-?\d+)"', row)] for day, row in rows}
