"""From one chunk to the rows of the rollup tables, at each grain they keep.

The flows are wanted per day and per month by pair of places, per month for the whole
pilot, and as the coin each holding (holder kind, place, program) gained or lost per
day; each coarser grain is summed from the next finer one (day → month → pilot), in
numpy (``groupby``). The LM3 rounds come from the tracing, already per day.
"""

from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import repeat
from typing import Any

import numpy as np

from thungngoen.circulation.columns import Columns, numbered_array
from thungngoen.circulation.groupby import Numbers, named, summed

Row = tuple[Any, ...]
PILOT = "*"
"""The place of the rows that total the whole pilot."""
_PILOTS = (PILOT, PILOT)


def flow_rows(c: Columns, hops: Numbers) -> list[Row]:
    """``circulation_flows`` rows ``(grain, day, kind, program, origin, dest, amount,
    transfers, hop_mass)`` of the grains ``day``, ``month`` and ``total``; ``hops``: the
    hop mass each transfer carried."""
    places = c.holders.place
    values = (c.amount, np.ones_like(c.amount), hops)
    keys = (c.day, c.kind, c.program_number, places[c.source], places[c.target])
    (day, kind, program, origin, dest), by_day = summed(keys, values)
    keys = (c.month_of_day[day], kind, program, origin, dest)
    (month, kind_m, program_m, origin_m, dest_m), by_month = summed(keys, by_day)
    (month_t, kind_t, program_t), totals = summed((month, kind_m, program_m), by_month)
    names = c.holders.places
    return [
        *_rows("day", named(c.days, day), c, kind, program, _places(names, origin, dest), by_day),
        *_rows(
            "month",
            named(c.months, month),
            c,
            kind_m,
            program_m,
            _places(names, origin_m, dest_m),
            by_month,
        ),
        *_rows("total", named(c.months, month_t), c, kind_t, program_t, repeat(_PILOTS), totals),
    ]


def holding_rows(c: Columns) -> list[Row]:
    """``circulation_holdings`` rows ``(day, holder kind, place, program, change)``: each
    holding's change, and the pilot's (``all``) per program."""
    h = c.holders
    kinds, places, programs = (list(part) for part in zip(*h.holdings, strict=True))
    holding = np.concatenate((h.holding[c.source], h.holding[c.target]))
    kept = ~np.array([kind == "mint" for kind in kinds], dtype=np.bool_)[holding]
    keys = (np.tile(c.day, 2)[kept], holding[kept])
    (day, number), [change] = summed(keys, (np.concatenate((-c.amount, c.amount))[kept],))
    program_ids, program_of = numbered_array(np.array(programs, dtype=np.int64))
    (day_p, program), [pilot] = summed((day, program_of[number]), (change,))
    return [
        *zip(
            named(c.days, day),
            named(kinds, number),
            named(places, number),
            named(programs, number),
            change.tolist(),
            strict=True,
        ),
        *zip(
            named(c.days, day_p),
            repeat("all"),
            repeat(PILOT),
            named(program_ids, program),
            pilot.tolist(),
        ),
    ]


def round_rows(
    rounds: Mapping[tuple[str, str, int, str, str, str], int], month_of: Callable[[str], str]
) -> list[Row]:
    """``circulation_rounds`` rows ``(grain, day, round, program, R1 place, from, to,
    amount)`` of the grains ``day``, ``month`` and ``total``."""
    by_month: dict[Row, int] = {}
    for (day, round_, program, *places), amount in rounds.items():
        key = (month_of(day), round_, program, *places)
        by_month[key] = by_month.get(key, 0) + amount
    totals: dict[Row, int] = {}
    for (month, round_, program, *_places), amount in by_month.items():
        key = (month, round_, program)
        totals[key] = totals.get(key, 0) + amount
    rows: list[Row] = [("day", *key, amount) for key, amount in rounds.items()]
    rows += [("month", *key, amount) for key, amount in by_month.items()]
    rows += [("total", *key, PILOT, PILOT, PILOT, amount) for key, amount in totals.items()]
    return rows


def _rows(
    grain: str,
    periods: list[Any],
    c: Columns,
    kind: Numbers,
    program: Numbers,
    places: Iterable[tuple[Any, Any]],
    sums: list[Numbers],
) -> Iterator[Row]:
    for row in zip(
        periods,
        named(c.kinds, kind),
        named(c.programs, program),
        places,
        *(part.tolist() for part in sums),
        strict=False,
    ):
        yield (grain, *row[:3], *row[3], *row[4:])


def _places(names: list[str], origin: Numbers, dest: Numbers) -> "zip[tuple[Any, Any]]":
    return zip(named(names, origin), named(names, dest), strict=True)
