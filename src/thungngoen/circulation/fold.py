"""Folding a chunk of ledger transfers into the tracing pools and the aggregates.

This is the rollup's inner loop: a season of the pilot is a million transfers, most of
them a member paying a shop. That case takes a fast path, inlined here, that does what
``tracing.trace`` and ``Aggregates.coin`` do for a purchase (its payer's coin of no
round, nearly always, taken inline too); every other transfer takes the general path.
"""

from collections.abc import Mapping, Sequence
from typing import Any

from thungngoen.circulation.aggregates import PURCHASES, Aggregates
from thungngoen.circulation.classify import Holder, flow_kind
from thungngoen.circulation.tracing import Pool, rounds, trace


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
    aggregates = Aggregates()
    flows, merchants, active = aggregates.flows, aggregates.merchants, aggregates.active
    cells, months = aggregates.cells, aggregates.months
    kinds: dict[tuple[str, str, str], str] = {}
    for transfer_id, debit, credit, currency, amount, purpose, day, reverses in chunk:
        source, target = holders[debit], holders[credit]
        if currency != "SKC":
            if source.kind == "reserve":
                aggregates.baht(day, -amount)
            elif target.kind == "reserve":
                aggregates.baht(day, amount)
            continue
        shape = (source.kind, target.kind, purpose)
        kind = kinds.get(shape) or kinds.setdefault(shape, flow_kind(*shape))
        if reverses is not None:
            kind = "other"
        program = programs.get(transfer_id) or source.program_id or target.program_id
        payer = pools.get(debit)
        if kind != "purchase" or payer is None:
            places = (source.tambon, target.tambon)
            hop_mass, events = trace(kind, payer, pools.get(credit), amount, program, places)
            aggregates.coin(day, kind, program, source, target, amount, hop_mass)
            if events:
                aggregates.events(day, events)
            continue
        # A member's purchase: tracing.trace and Aggregates.coin, inlined.
        if payer.first or payer.second:
            hop_mass, first, second = payer.take(amount)
            places = (source.tambon, target.tambon)
            aggregates.events(day, rounds("purchase", first, second, places))
        else:  # coin of no round, nearly always: Pool.take, inlined
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
        key = (day, kind, program, source.holding, target.holding)
        flow = flows.get(key)
        if flow is None:
            flows[key] = [amount, 1, hop_mass]
        else:
            flow[0] += amount
            flow[1] += 1
            flow[2] += hop_mass
        shop_day = (day, target.holder_id or 0)
        taken = merchants.get(shop_day)
        if taken is None:
            merchants[shop_day] = [amount, 0, 0, 0]
        else:
            taken[PURCHASES] += amount
        for person in (source.person, target.person):
            days = active.get((person, program))
            if days is None:
                active[person, program] = {day}
            else:
                days.add(day)
        month = months.get(day) or aggregates.month(day)
        cells.add((month, source.tambon, target.tambon, program, "p", source.holder_id or 0))
    return aggregates
