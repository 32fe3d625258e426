"""Folding a chunk of ledger transfers into the tracing pools and the aggregates.

This is the rollup's inner work: a season of the pilot is a million transfers, most of
them a member paying a shop. Only the tracing depends on their order, so it alone goes
transfer by transfer (``trace_all``); the rest is counted column-wise (``counting``).
"""

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from thungngoen.circulation.aggregates import Aggregates
from thungngoen.circulation.classify import Holder
from thungngoen.circulation.columns import Columns, HolderTable
from thungngoen.circulation.counting import count
from thungngoen.circulation.groupby import Numbers
from thungngoen.circulation.tracing import Pool, trace


def fold(
    chunk: Sequence[Any],
    holders: Mapping[int, Holder],
    pools: Mapping[int, Pool],
    programs: Mapping[int, int],
) -> Aggregates:
    """``chunk``: rows ``(id, debit, credit, currency, amount, purpose, Thai day,
    reversed transfer)``, the day as ``YYYY-MM-DD`` text (as the rollup tables keep it).
    A reversal (an operator's correction through the ledger) is a move of kind
    ``other``: it moves coin back, but is no payment."""
    table = HolderTable.of(holders)
    aggregates = Aggregates()
    coin = []
    for row in chunk:
        if row[3] == "SKC":
            coin.append(row)
        elif holders[row[1]].kind == "reserve":
            aggregates.baht(row[6], -row[4])
        elif holders[row[2]].kind == "reserve":
            aggregates.baht(row[6], row[4])
    if coin:
        columns = Columns.of(coin, table, programs)
        count(columns, trace_all(columns, holders, pools, aggregates), aggregates)
    return aggregates


def trace_all(
    columns: Columns, holders: Mapping[int, Holder], pools: Mapping[int, Pool], into: Aggregates
) -> Numbers:
    """Trace every transfer in ledger order (``tracing.trace``), adding the LM3 rounds
    to ``into``; return the hop mass each carried. A member's purchase with coin of no
    round, nearly every transfer, takes a fast path: ``trace``, inlined."""
    hops: list[int] = []
    carried = hops.append
    names = columns.kinds
    purchase = names.index("purchase") if "purchase" in names else -1
    each = zip(
        columns.kind.tolist(),
        columns.program.tolist(),
        columns.debits,
        columns.credits,
        columns.amounts,
        columns.day_texts,
        strict=True,
    )
    for kind, program, debit, credit, amount, day in each:
        payer = pools.get(debit)
        if kind != purchase or payer is None or payer.first or payer.second:
            places = (holders[debit].tambon, holders[credit].tambon)
            hop_mass, events = trace(names[kind], payer, pools.get(credit), amount, program, places)
            if events:
                into.events(day, events)
            carried(hop_mass)
            continue
        balance = payer.balance
        if amount >= balance:
            hop_mass = max(payer.hop_mass, 0)
            payer.hop_mass = 0
        else:
            hop_mass = payer.hop_mass * amount // balance
            payer.hop_mass -= hop_mass
        payer.balance = balance - amount
        shop = pools[credit]
        if shop.balance >= 0:
            shop.first[program] = shop.first.get(program, 0) + amount
        shop.balance += amount
        shop.hop_mass += hop_mass + amount
        carried(hop_mass)
    return np.array(hops, dtype=np.int64)
