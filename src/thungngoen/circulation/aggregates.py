"""One chunk's aggregates, gathered in memory and then added to the rollup tables.

``fold`` fills them: the tracing's rounds and the baht reserve's changes as it goes, the
rest counted column-wise (``counting``). The rows of every rollup table are expanded
from these when the chunk is written (``grains``).
"""

from collections import Counter
from typing import Any

from sqlalchemy import Connection, Table

from thungngoen.circulation import activity, grains, tables, upserts
from thungngoen.circulation.activity import Days, Person
from thungngoen.circulation.days import month_text
from thungngoen.circulation.grains import Row
from thungngoen.circulation.tracing import Event

Cell = tuple[str, str, str, int, str, int]


_MERCHANT_COLUMNS = ("purchases", "supplier_in", "respent", "redeemed")
_SUMS = {
    "circulation_flows": ("amount", "transfers", "hop_mass"),
    "circulation_rounds": ("amount",),
    "circulation_holdings": ("change",),
    "circulation_merchant_days": _MERCHANT_COLUMNS,
}


class Aggregates:
    def __init__(self) -> None:
        self.flows: list[Row] = []
        """Rows of ``circulation_flows``."""
        self.holdings: list[Row] = []
        """Rows of ``circulation_holdings``, but the baht reserve's."""
        self.merchants: dict[tuple[str, int], list[int]] = {}
        """(day, merchant) → purchases, coin from merchants, re-spent, redeemed."""
        self.active: dict[tuple[Person, int], Days] = {}
        """The days each person paid or was paid, per program (0: in any program)."""
        self.cells: set[Cell] = set()
        """The members of each month's origin–destination cells: ``(month, origin, dest,
        program, side, member)``, side ``p`` (paid) or ``r`` (was paid)."""
        self.months: dict[str, str] = {}
        self.rounds: dict[tuple[str, str, int, str, str, str], int] = {}
        self.reserve: dict[str, int] = {}

    def baht(self, day: str, change: int) -> None:
        self.reserve[day] = self.reserve.get(day, 0) + change

    def month(self, day: str) -> str:
        month = self.months.get(day)
        if month is None:
            month = self.months[day] = month_text(day)
        return month

    def events(self, day: str, events: list[Event]) -> None:
        for round_, program, r1, origin, dest, amount in events:
            key = (day, round_, program, r1, origin, dest)
            self.rounds[key] = self.rounds.get(key, 0) + amount

    def write(self, connection: Connection) -> None:
        rows: dict[Table, list[tuple[Any, ...]]] = {
            tables.flows: self.flows,
            tables.rounds: grains.round_rows(self.rounds, self.month),
            tables.holdings: [
                *self.holdings,
                *((day, "reserve", "", 0, change) for day, change in self.reserve.items()),
            ],
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
