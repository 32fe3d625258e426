"""Group-by over numpy columns of small non-negative numbers: the key parts are packed
into one integer per row, sorted, and the values summed per run of equal keys (exact,
in int64)."""

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

Numbers = npt.NDArray[np.int64]


def summed(
    keys: Sequence[Numbers], values: Sequence[Numbers]
) -> tuple[list[Numbers], list[Numbers]]:
    """The distinct keys (each part an array) and, for each, the sum of each of
    ``values`` over the rows with that key; ordered by key."""
    if not len(keys[0]):
        return [key[:0] for key in keys], [value[:0] for value in values]
    packed, dims = _packed(keys)
    order = np.argsort(packed, kind="stable")
    packed = packed[order]
    starts = np.flatnonzero(np.concatenate(([True], packed[1:] != packed[:-1])))
    sums = [np.add.reduceat(value[order], starts) for value in values]
    return _unpacked(packed[starts], dims), sums


def distinct(keys: Sequence[Numbers]) -> list[Numbers]:
    """The distinct keys, each part an array; ordered by key."""
    if not len(keys[0]):
        return [key[:0] for key in keys]
    packed, dims = _packed(keys)
    return _unpacked(unique(packed), dims)


def unique(values: Numbers) -> Numbers:
    """The distinct ``values``, sorted (``np.unique`` hashes first, which is slower for
    a million integers than sorting them)."""
    ordered = np.sort(values)
    if not len(ordered):
        return ordered
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]


def named(names: Sequence[object], numbers: Numbers) -> list[object]:
    """``names[n]`` for each number."""
    return list(map(names.__getitem__, numbers.tolist()))


def _packed(keys: Sequence[Numbers]) -> tuple[Numbers, tuple[int, ...]]:
    dims = tuple(int(key.max()) + 1 for key in keys)
    return np.ravel_multi_index(keys, dims).astype(np.int64), dims


def _unpacked(packed: Numbers, dims: tuple[int, ...]) -> list[Numbers]:
    return [part.astype(np.int64) for part in np.unravel_index(packed, dims)]
