"""The origin–destination matrix of the public dashboard, from the cells a summary shows
(no database: cells are written out by hand)."""

import pytest

from thungngoen.circulation.matrix import SIZE, busiest_places, flow_matrix
from thungngoen.circulation.render import CellOut

A, B, C = "900101", "900102", "901101"
NAMES = {A: "บ่อยาง", B: "เขารูปช้าง", C: "หาดใหญ่"}


def cell(origin: str, dest: str, amount: int) -> CellOut:
    return CellOut(
        origin=origin,
        origin_name=NAMES.get(origin, ""),
        dest=dest,
        dest_name=NAMES.get(dest, ""),
        amount_satang=amount,
        transfers=1,
    )


def test_rows_pay_columns_are_paid_and_missing_flows_are_empty() -> None:
    """A→A 500, A→C 300, B→A 200. Volumes (out + in): A 500+300 + 500+200 = 1,500,
    C 300, B 200."""
    matrix = flow_matrix([cell(A, C, 300), cell(B, A, 200), cell(A, A, 500)])
    assert [(place.code, place.name) for place in matrix.places] == [
        (A, "บ่อยาง"),
        (C, "หาดใหญ่"),
        (B, "เขารูปช้าง"),
    ]
    assert [row.amounts for row in matrix.rows] == [
        (500, 300, None),
        (None, None, None),
        (200, None, None),
    ]
    assert matrix.amount(A, C) == 300
    assert matrix.amount(C, A) is None
    assert [row.total for row in matrix.rows] == [800, 0, 200]
    assert matrix.column_totals == (700, 300, 0)
    assert matrix.total == 1_000


def test_only_the_busiest_places_are_kept_and_ties_go_by_code() -> None:
    """Eleven places in a chain, each paying the next 100; the sixth also pays itself
    1,000 (counted out and in: 2,200 with its chain flows). Inside the chain every other
    place has 200, the two ends 100: the ties go by code."""
    codes = [f"9001{n:02d}" for n in range(1, 12)]
    cells = [cell(codes[n], codes[n + 1], 100) for n in range(len(codes) - 1)]
    cells.append(cell(codes[5], codes[5], 1_000))
    places = busiest_places(cells, 3)
    assert [place.code for place in places] == [codes[5], codes[1], codes[2]]
    matrix = flow_matrix(cells, 3)
    assert matrix.amount(codes[1], codes[2]) == 100
    assert matrix.amount(codes[5], codes[5]) == 1_000
    assert matrix.amount(codes[0], codes[1]) is None  # codes[0] is not in the matrix
    assert matrix.total == 1_100


def test_the_public_size_is_eight() -> None:
    codes = [f"9001{n:02d}" for n in range(1, 13)]
    cells = [cell(code, code, 100 * (n + 1)) for n, code in enumerate(codes)]
    matrix = flow_matrix(cells)
    assert len(matrix.places) == SIZE == 8
    assert [place.code for place in matrix.places] == codes[::-1][:8]
    assert all(len(row.amounts) == 8 for row in matrix.rows)


def test_a_place_without_a_name_shows_its_code() -> None:
    matrix = flow_matrix([cell("999999", A, 100)])
    assert {place.code: place.name for place in matrix.places} == {
        A: "บ่อยาง",
        "999999": "999999",
    }


def test_no_cells_no_matrix() -> None:
    matrix = flow_matrix([])
    assert (matrix.places, matrix.rows, matrix.column_totals, matrix.total) == ((), (), (), 0)


def test_a_matrix_needs_a_place() -> None:
    with pytest.raises(ValueError, match="at least one sub-district"):
        flow_matrix([cell(A, A, 100)], 0)
