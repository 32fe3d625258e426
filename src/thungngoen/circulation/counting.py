"""Counting a chunk's transfers into its aggregates, column by column (``columns``):
each aggregate is a group-by over the chunk's transfers in numpy (``groupby``), giving
exactly what counting them one by one would.
"""

import numpy as np
import numpy.typing as npt

from thungngoen.circulation import grains
from thungngoen.circulation.activity import Days, Person
from thungngoen.circulation.aggregates import Aggregates
from thungngoen.circulation.classify import SPEND_KINDS, UNDO_KINDS
from thungngoen.circulation.columns import Columns, numbered_array
from thungngoen.circulation.groupby import Numbers, distinct, summed

Mask = npt.NDArray[np.bool_]
PURCHASES, SUPPLIER_IN, RESPENT, REDEEMED = range(4)
"""The columns of a merchant's day (``circulation_merchant_days``)."""


def count(columns: Columns, hops: Numbers, into: Aggregates) -> None:
    """Add the chunk's flows, holdings, merchants' days, active people and cell members
    to ``into``; ``hops``: the hop mass each transfer carried (from the tracing)."""
    into.flows = grains.flow_rows(columns, hops)
    into.holdings = grains.holding_rows(columns)
    _merchants(columns, into)
    spend = columns.of_kinds(SPEND_KINDS)
    into.active = _active(columns, spend)
    _cells(columns, spend, columns.of_kinds(UNDO_KINDS), into)


def _merchants(c: Columns, into: Aggregates) -> None:
    """Purchases (less refunds and cashback) at the shop, coin from other merchants,
    coin re-spent (supplier payments, wages) and redeemed, per merchant and day."""
    entries = (  # kinds, the merchant's side, column, sign
        (frozenset({"purchase"}), c.target, PURCHASES, 1),
        (UNDO_KINDS, c.source, PURCHASES, -1),
        (frozenset({"supplier"}), c.target, SUPPLIER_IN, 1),
        (frozenset({"supplier", "wages"}), c.source, RESPENT, 1),
        (frozenset({"redemption"}), c.source, REDEEMED, 1),
    )
    days, holders, columns, amounts = [], [], [], []
    for kinds, side, column, sign in entries:
        rows = c.of_kinds(kinds)
        days.append(c.day[rows])
        holders.append(side[rows])
        columns.append(np.full(int(rows.sum()), column, dtype=np.int64))
        amounts.append(c.amount[rows] * sign)
    keys = tuple(np.concatenate(part) for part in (days, holders, columns))
    parts, [sums] = summed(keys, (np.concatenate(amounts),))
    holder_id = c.holders.holder_id
    sums_of = zip(*(part.tolist() for part in parts), sums.tolist(), strict=True)
    for d, holder, column, amount in sums_of:
        key = (c.days[d], holder_id[holder])
        row = into.merchants.get(key)
        if row is None:
            row = into.merchants[key] = [0, 0, 0, 0]
        row[column] += amount


def _active(c: Columns, spend: Mask) -> dict[tuple[Person, int], Days]:
    """The days each person paid or was paid (a spend), in each program and in any
    program (0), as a first day and a mask (``activity.Days``)."""
    person = np.concatenate((c.holders.person[c.source[spend]], c.holders.person[c.target[spend]]))
    program = np.tile(c.program[spend], 2)
    day = np.tile(c.day[spend], 2)
    tagged = program != 0
    found = _masks(c, (person, np.zeros_like(person), day))
    if tagged.any():
        found.update(_masks(c, (person[tagged], program[tagged], day[tagged])))
    return found


def _masks(c: Columns, keys: tuple[Numbers, Numbers, Numbers]) -> dict[tuple[Person, int], Days]:
    """``keys``: person, program id, day number of each activity."""
    programs, program = numbered_array(keys[1])
    person, program, day = distinct((keys[0], program, keys[2]))
    people, dates = c.holders.people, c.day_dates
    masks: dict[tuple[Person, int], Days] = {}
    for who, number, when in zip(person.tolist(), program.tolist(), day.tolist(), strict=True):
        key = (people[who], programs[number])
        found = masks.get(key)
        if found is None:  # days come in order: the first is the earliest
            masks[key] = (dates[when], 1)
        else:
            first, mask = found
            masks[key] = (first, mask | 1 << (dates[when] - first).days)
    return masks


def _cells(c: Columns, spend: Mask, undo: Mask, into: Aggregates) -> None:
    """The members in each month's cell: a member who paid in it (``p``) or was paid in
    it (``r``); a refund or cashback counts in the cell of the purchase it undoes."""
    h = c.holders
    paid = spend & h.member_side[c.source]
    was_paid = spend & h.member_side[c.target]
    sides = (  # rows, origin, destination, side, member
        (paid, c.source, c.target, 0, c.source),
        (was_paid, c.source, c.target, 1, c.target),
        (undo, c.target, c.source, 0, c.target),
    )
    program = c.program_number
    keys = tuple(
        np.concatenate(parts)
        for parts in zip(
            *(
                (
                    c.month_of_day[c.day[rows]],
                    h.place[origin[rows]],
                    h.place[dest[rows]],
                    program[rows],
                    np.full(int(rows.sum()), side, dtype=np.int64),
                    member[rows],
                )
                for rows, origin, dest, side, member in sides
            ),
            strict=True,
        )
    )
    into.cells.update(
        (c.months[m], h.places[o], h.places[d], c.programs[p], "pr"[s], h.holder_id[member])
        for m, o, d, p, s, member in zip(*(part.tolist() for part in distinct(keys)), strict=True)
    )
