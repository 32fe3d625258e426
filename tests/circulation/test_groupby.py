"""The column group-by the rollups count with: sums per key are exact integers, keys
come out distinct and ordered, and empty columns give empty answers."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from thungngoen.circulation.groupby import Numbers, distinct, named, summed, unique


def _array(values: list[int]) -> Numbers:
    return np.array(values, dtype=np.int64)


def test_sums_per_key_by_hand() -> None:
    days, shops = _array([0, 1, 0, 0, 1]), _array([2, 2, 2, 0, 2])
    amounts = _array([100, 40, 250, 7, 60])
    (day, shop), [total, count] = summed((days, shops), (amounts, np.ones_like(amounts)))
    assert list(zip(day.tolist(), shop.tolist(), strict=True)) == [(0, 0), (0, 2), (1, 2)]
    assert total.tolist() == [7, 350, 100]
    assert count.tolist() == [1, 2, 2]


def test_sums_stay_exact_beyond_float_precision() -> None:
    big = 2**53 + 1
    _, [total] = summed((_array([0, 0]),), (_array([big, big]),))
    assert total.tolist() == [2 * big]


def test_empty_columns_give_nothing() -> None:
    empty = _array([])
    keys, sums = summed((empty, empty), (empty,))
    assert [key.tolist() for key in keys] == [[], []]
    assert sums[0].tolist() == []
    assert [key.tolist() for key in distinct((empty,))] == [[]]
    assert unique(empty).tolist() == []


def test_names_by_number() -> None:
    assert named(["2026-03-01", "2026-03-02"], _array([1, 1, 0])) == [
        "2026-03-02",
        "2026-03-02",
        "2026-03-01",
    ]


@given(st.lists(st.tuples(st.integers(0, 6), st.integers(0, 3), st.integers(-999, 999))))
def test_the_same_as_summing_one_by_one(rows: list[tuple[int, int, int]]) -> None:
    expected: dict[tuple[int, int], int] = {}
    for first, second, value in rows:
        expected[first, second] = expected.get((first, second), 0) + value
    a, b, values = (_array([row[n] for row in rows]) for n in range(3))
    (ka, kb), [sums] = summed((a, b), (values,))
    assert dict(zip(zip(ka.tolist(), kb.tolist(), strict=True), sums.tolist(), strict=True)) == (
        expected
    )
    assert [key.tolist() for key in distinct((a, b))] == [ka.tolist(), kb.tolist()]
