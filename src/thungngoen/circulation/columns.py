"""A chunk's coin transfers as columns: numpy arrays, one value per transfer.

What a chunk adds to the rollups, apart from the tracing, does not depend on the order
of its transfers: the flows per day and pair of places, the merchants' days, who was
active when, the members of each cell. ``counting`` counts them column by column in
numpy instead of transfer by transfer in Python — for a season of the pilot, a million
transfers, seconds become a fraction of one. Values that are text or large ids (days,
kinds, programs, holders) are held as small numbers into this chunk's own lists.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import repeat
from operator import is_not, itemgetter
from typing import Any

import numpy as np
import numpy.typing as npt

from thungngoen.circulation.activity import Person
from thungngoen.circulation.classify import MEMBER_SIDE, Holder, flow_kind
from thungngoen.circulation.days import month_text
from thungngoen.circulation.groupby import Numbers, unique

Holding = tuple[str, str, int]
"""``(holder kind, place, program)``."""


@dataclass(frozen=True, slots=True)
class HolderTable:
    """The chunk's holders, numbered (a holder's number indexes every array)."""

    holders: list[Holder]
    number: dict[int, int]
    """Account → its holder's number."""
    holdings: list[Holding]
    holding: Numbers
    """Holder → the number of its holding in ``holdings``."""
    people: list[Person]
    person: Numbers
    places: list[str]
    place: Numbers
    holder_id: list[int]
    """The member or merchant id (0: none)."""
    member_side: npt.NDArray[np.bool_]
    program: Numbers

    @classmethod
    def of(cls, holders: Mapping[int, Holder]) -> "HolderTable":
        table = list(holders.values())
        holdings: dict[Holding, int] = {}
        people: dict[Person, int] = {}
        places: dict[str, int] = {}
        return cls(
            table,
            {holder.account_id: n for n, holder in enumerate(table)},
            *_numbered(holdings, [holder.holding for holder in table]),
            *_numbered(people, [holder.person for holder in table]),
            *_numbered(places, [holder.tambon for holder in table]),
            [holder.holder_id or 0 for holder in table],
            np.array([holder.kind in MEMBER_SIDE for holder in table], dtype=np.bool_),
            np.array([holder.program_id for holder in table], dtype=np.int64),
        )


@dataclass(frozen=True, slots=True)
class Columns:
    """Coin transfers ``(id, debit, credit, currency, amount, purpose, day, reversed)``,
    in ledger order, as columns."""

    holders: HolderTable
    debits: Sequence[int]
    credits: Sequence[int]
    amounts: Sequence[int]
    day_texts: Sequence[str]
    source: Numbers
    """The payer's holder number."""
    target: Numbers
    amount: Numbers
    days: list[str]
    """The chunk's days (``YYYY-MM-DD``), in order."""
    day: Numbers
    day_dates: list[date]
    months: list[str]
    month_of_day: Numbers
    """Each of ``days``: its month's number in ``months``."""
    kinds: list[str]
    kind: Numbers
    program: Numbers
    """The transfer's program id (0: none)."""
    programs: list[int]
    program_number: Numbers
    """The transfer's program by its number in ``programs``."""

    @classmethod
    def of(
        cls, rows: Sequence[Any], holders: HolderTable, programs: Mapping[int, int]
    ) -> "Columns":
        ids, debits, credits, _, amounts, purposes, day_texts, reverses = (
            list(map(itemgetter(n), rows)) for n in range(8)
        )
        size = len(rows)
        source = _looked_up(holders.number, debits, size)
        target = _looked_up(holders.number, credits, size)
        days, day = _coded(day_texts, size)
        months, month_of_day = _numbered({}, [month_text(text) for text in days])
        day_dates = [date.fromisoformat(text) for text in days]
        tagged = np.fromiter(map(programs.get, ids, repeat(0)), np.int64, size)
        by_holder = np.where(
            holders.program[source] != 0, holders.program[source], holders.program[target]
        )
        kinds, kind = _kinds(holders, source, target, purposes, reverses)
        program = np.where(tagged != 0, tagged, by_holder)
        return cls(
            holders,
            debits,
            credits,
            amounts,
            day_texts,
            source,
            target,
            np.fromiter(amounts, np.int64, size),
            days,
            day,
            day_dates,
            months,
            month_of_day,
            kinds,
            kind,
            program,
            *numbered_array(program),
        )

    def of_kinds(self, names: frozenset[str]) -> npt.NDArray[np.bool_]:
        """Which transfers are of one of the kinds ``names``."""
        wanted = [n for n, name in enumerate(self.kinds) if name in names]
        return np.isin(self.kind, wanted)


def _kinds(
    holders: HolderTable,
    source: Numbers,
    target: Numbers,
    purposes: Sequence[str],
    reverses: Sequence[int | None],
) -> tuple[list[str], Numbers]:
    """Each transfer's flow kind (``classify.flow_kind`` of its shape; a reversal is a
    move of kind ``other``), found once per shape."""
    size = len(purposes)
    holder_kinds, kind_of_holder = _numbered({}, [holder.kind for holder in holders.holders])
    purpose_texts, purpose = _coded(purposes, size)
    dims = (len(holder_kinds), len(holder_kinds), len(purpose_texts))
    shape = np.ravel_multi_index((kind_of_holder[source], kind_of_holder[target], purpose), dims)
    shapes, of_shape = numbered_array(shape)
    names: dict[str, int] = {}
    kind_of_shape = [
        names.setdefault(flow_kind(holder_kinds[s], holder_kinds[t], purpose_texts[p]), len(names))
        for s, t, p in zip(*np.unravel_index(shapes, dims), strict=True)
    ]
    kind = np.array(kind_of_shape, dtype=np.int64)[of_shape]
    reversal = np.fromiter(map(is_not, reverses, repeat(None)), np.bool_, size)
    if reversal.any():
        kind[reversal] = names.setdefault("other", len(names))
    return list(names), kind


def numbered_array(values: Numbers) -> tuple[list[int], Numbers]:
    """The distinct ``values`` (sorted) and each value's number among them (a search
    among the few distinct values: quicker than ``np.unique``'s ``return_inverse``)."""
    distinct = unique(values)
    return distinct.tolist(), np.searchsorted(distinct, values).astype(np.int64)


def _numbered(numbers: dict[Any, int], values: Sequence[Any]) -> tuple[list[Any], Numbers]:
    """The distinct ``values`` (first seen first) and each value's number among them."""
    found = np.array([numbers.setdefault(v, len(numbers)) for v in values], dtype=np.int64)
    return list(numbers), found


def _coded(values: Sequence[str], size: int) -> tuple[list[str], Numbers]:
    """The distinct ``values`` (sorted) and each value's number among them."""
    distinct = sorted(set(values))
    number = {value: n for n, value in enumerate(distinct)}
    return distinct, _looked_up(number, values, size)


def _looked_up(number: Mapping[Any, int], values: Sequence[Any], size: int) -> Numbers:
    return np.fromiter(map(number.__getitem__, values), np.int64, size)
