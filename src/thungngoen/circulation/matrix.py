"""The flows between the busiest sub-districts as an origin–destination matrix.

Built only from the cells a public summary shows: withheld cells are not among them, so
the matrix (and its totals) reveals nothing the summary does not. Pure: no database."""

from collections.abc import Sequence
from dataclasses import dataclass

from thungngoen.circulation.render import CellOut

SIZE = 8
"""How many sub-districts the public dashboard's matrix shows."""


@dataclass(frozen=True, slots=True)
class MatrixPlace:
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class MatrixRow:
    origin: MatrixPlace
    amounts: tuple[int | None, ...]
    """Satang paid from ``origin`` to each of the matrix's places; ``None``: no flow shown."""
    total: int


@dataclass(frozen=True, slots=True)
class FlowMatrix:
    places: tuple[MatrixPlace, ...]
    """The rows' origins and the columns' destinations alike, busiest first."""
    rows: tuple[MatrixRow, ...]
    column_totals: tuple[int, ...]
    total: int

    def amount(self, origin: str, dest: str) -> int | None:
        """The coin from ``origin`` to ``dest`` (sub-district codes); ``None``: no flow
        shown between them, or either is not in the matrix."""
        codes = [place.code for place in self.places]
        if origin not in codes or dest not in codes:
            return None
        return self.rows[codes.index(origin)].amounts[codes.index(dest)]


def busiest_places(cells: Sequence[CellOut], size: int = SIZE) -> tuple[MatrixPlace, ...]:
    """The ``size`` sub-districts with the most coin flowing out of them plus into them
    (a flow within one sub-district counts both ways), ties by code."""
    if size < 1:
        raise ValueError("a matrix has at least one sub-district")
    volume: dict[str, int] = {}
    names: dict[str, str] = {}
    for cell in cells:
        for code, name in ((cell.origin, cell.origin_name), (cell.dest, cell.dest_name)):
            volume[code] = volume.get(code, 0) + cell.amount_satang
            names[code] = name or code
    ranked = sorted(volume, key=lambda code: (-volume[code], code))[:size]
    return tuple(MatrixPlace(code, names[code]) for code in ranked)


def flow_matrix(cells: Sequence[CellOut], size: int = SIZE) -> FlowMatrix:
    """Rows: where the payers are; columns: where the payees are; both the busiest
    ``size`` sub-districts of ``cells``. Totals add up the matrix's own cells only."""
    places = busiest_places(cells, size)
    index = {place.code: n for n, place in enumerate(places)}
    grid: list[list[int | None]] = [[None] * len(places) for _ in places]
    for cell in cells:
        if cell.origin in index and cell.dest in index:
            row, column = index[cell.origin], index[cell.dest]
            grid[row][column] = (grid[row][column] or 0) + cell.amount_satang
    rows = tuple(
        MatrixRow(place, tuple(amounts), sum(amount or 0 for amount in amounts))
        for place, amounts in zip(places, grid, strict=True)
    )
    columns = tuple(sum(row.amounts[n] or 0 for row in rows) for n in range(len(places)))
    return FlowMatrix(places, rows, columns, sum(columns))
