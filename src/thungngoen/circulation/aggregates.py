"""One chunk's aggregates, gathered in memory and then added to the rollup tables.

``coin`` runs once per ledger transfer (a million for a season of the pilot), so it
does the least it can: one dictionary entry per day, flow and pair of holdings, the
merchant's day, the days each person was active, and one set entry per month, cell and
member. The rows of every rollup table are expanded from these when the chunk is
written (``fold`` inlines ``coin`` for the commonest transfer, a purchase).
"""

from collections import Counter, defaultdict
from functools import partial
from typing import Any

from sqlalchemy import Connection, Table

from thungngoen.circulation import activity, tables, upserts
from thungngoen.circulation.activity import Person
from thungngoen.circulation.classify import MEMBER_SIDE, SPEND_KINDS, UNDO_KINDS, Holder
from thungngoen.circulation.days import month_text
from thungngoen.circulation.tracing import Event

Holding = tuple[str, str, int]
Cell = tuple[str, str, str, int, str, int]
PILOT = "*"
"""The place of the rows that total the whole pilot."""
PURCHASES, _SUPPLIER_IN, _RESPENT, _REDEEMED = range(4)
_MERCHANT_COLUMNS = ("purchases", "supplier_in", "respent", "redeemed")
_MERCHANT_KINDS = frozenset({"purchase", *UNDO_KINDS, "supplier", "wages", "redemption"})
_SUMS = {
    "circulation_flows": ("amount", "transfers", "hop_mass"),
    "circulation_rounds": ("amount",),
    "circulation_holdings": ("change",),
    "circulation_merchant_days": _MERCHANT_COLUMNS,
}


class Aggregates:
    def __init__(self) -> None:
        self.flows: dict[tuple[str, str, int, Holding, Holding], list[int]] = {}
        """(day, kind, program, source holding, target holding) → amount, count, hops."""
        self.merchants: dict[tuple[str, int], list[int]] = {}
        """(day, merchant) → purchases, coin from merchants, re-spent, redeemed."""
        self.active: dict[tuple[Person, int], set[str]] = {}
        """The days each person paid or was paid, per program (0: none)."""
        self.cells: set[Cell] = set()
        """The members of each month's origin–destination cells: ``(month, origin, dest,
        program, side, member)``, side ``p`` (paid) or ``r`` (was paid)."""
        self.months: dict[str, str] = {}
        self.rounds: dict[tuple[str, str, int, str, str, str], int] = {}
        self.reserve: dict[str, int] = {}

    def baht(self, day: str, change: int) -> None:
        self.reserve[day] = self.reserve.get(day, 0) + change

    def coin(
        self,
        day: str,
        kind: str,
        program: int,
        source: Holder,
        target: Holder,
        amount: int,
        hop_mass: int,
    ) -> None:
        key = (day, kind, program, source.holding, target.holding)
        flow = self.flows.get(key)
        if flow is None:
            self.flows[key] = [amount, 1, hop_mass]
        else:
            flow[0] += amount
            flow[1] += 1
            flow[2] += hop_mass
        if kind in _MERCHANT_KINDS:
            self._merchants(day, kind, source, target, amount)
        if kind in SPEND_KINDS:
            for person in (source.person, target.person):
                days = self.active.get((person, program))
                if days is None:
                    self.active[person, program] = {day}
                else:
                    days.add(day)
            month, places = self.month(day), (source.tambon, target.tambon)
            for side, holder in (("p", source), ("r", target)):
                if holder.kind in MEMBER_SIDE:
                    self.cells.add((month, *places, program, side, holder.holder_id or 0))
        elif kind in UNDO_KINDS:  # it takes from the cell of the purchase it undoes
            member = target.holder_id or 0
            self.cells.add((self.month(day), target.tambon, source.tambon, program, "p", member))

    def month(self, day: str) -> str:
        month = self.months.get(day)
        if month is None:
            month = self.months[day] = month_text(day)
        return month

    def events(self, day: str, events: list[Event]) -> None:
        for round_, program, r1, origin, dest, amount in events:
            key = (day, round_, program, r1, origin, dest)
            self.rounds[key] = self.rounds.get(key, 0) + amount

    def _merchants(self, day: str, kind: str, source: Holder, target: Holder, amount: int) -> None:
        add = partial(self._merchant_day, day)
        if kind == "purchase":
            add(target, PURCHASES, amount)
        elif kind in UNDO_KINDS:
            add(source, PURCHASES, -amount)
        elif kind == "supplier":
            add(target, _SUPPLIER_IN, amount)
            add(source, _RESPENT, amount)
        elif kind == "wages":
            add(source, _RESPENT, amount)
        else:
            add(source, _REDEEMED, amount)

    def _merchant_day(self, day: str, holder: Holder, column: int, value: int) -> None:
        row = self.merchants.get((day, holder.holder_id or 0))
        if row is None:
            row = self.merchants[day, holder.holder_id or 0] = [0, 0, 0, 0]
        row[column] += value

    def write(self, connection: Connection) -> None:
        flows: defaultdict[tuple[Any, ...], list[int]] = defaultdict(lambda: [0, 0, 0])
        holdings: defaultdict[tuple[Any, ...], int] = defaultdict(int)
        for (day, kind, program, source, target), values in self.flows.items():
            month = self.month(day)
            for key in (
                ("day", day, kind, program, source[1], target[1]),
                ("month", month, kind, program, source[1], target[1]),
                ("total", month, kind, program, PILOT, PILOT),
            ):
                flow = flows[key]
                flow[0] += values[0]
                flow[1] += values[1]
                flow[2] += values[2]
            for holding, change in ((source, -values[0]), (target, values[0])):
                if holding[0] != "mint":
                    holdings[(day, *holding)] += change
                    holdings[day, "all", PILOT, holding[2]] += change
        for day, change in self.reserve.items():
            holdings[day, "reserve", "", 0] += change
        rounds: defaultdict[tuple[Any, ...], int] = defaultdict(int)
        for (day, round_, program, *places), amount in self.rounds.items():
            month = self.month(day)
            rounds[("day", day, round_, program, *places)] += amount
            rounds[("month", month, round_, program, *places)] += amount
            rounds["total", month, round_, program, PILOT, PILOT, PILOT] += amount
        rows: dict[Table, list[tuple[Any, ...]]] = {
            tables.flows: [(*key, *values) for key, values in flows.items()],
            tables.rounds: [(*key, amount) for key, amount in rounds.items()],
            tables.holdings: [(*key, change) for key, change in holdings.items()],
            tables.merchant_days: [(*key, *values) for key, values in self.merchants.items()],
        }
        for table, table_rows in rows.items():
            upserts.add_to(connection, table, table_rows, _SUMS[table.name])
        activity.record(connection, self.active)
        self._write_cells(connection)

    def _write_cells(self, connection: Connection) -> None:
        """Add the members of each month's cells, and count the new ones."""
        side = ("month", "origin", "dest", "program_id", "side")
        new = upserts.insert_new_returning(connection, tables.cell_wallets, self._cell_rows(), side)
        counts = Counter(tuple(row) for row in new)
        upserts.add_to(
            connection,
            tables.cell_counts,
            [(*key, members) for key, members in counts.items()],
            ("members",),
        )

    def _cell_rows(self) -> list[Cell]:
        """The cells' members in their program and in any program (0)."""
        rows = set(self.cells)
        rows.update((m, o, d, 0, side, member) for m, o, d, program, side, member in self.cells)
        return list(rows)
