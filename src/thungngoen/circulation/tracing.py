"""Tracing coin through the transfer graph, transfer by transfer, in ledger order.

The rule is PROPORTIONAL (docs/decisions/0011): the coin in a wallet is a mix, and
every payment out of it carries a slice of each part of the mix in proportion to the
balance. A wallet's mix has three parts:

- ``first``: round-1 coin — what members paid this merchant (R1), by program;
- ``second``: round-2 coin — what a merchant re-spent to this holder (R2), by program
  and by the sub-district of the merchant that re-spent it (the R1 place);
- the rest: coin with no round (topped up, refunded, or past round 3);

and a *hop mass*: the sum over its satang of the hops each made (a hop: one payment —
purchase, supplier, wage, member to member — from one holder to another). A purchase
turns whatever the member paid with into round-1 coin at the merchant; a re-spend turns
the payer's round-1 part into round-2 coin at the payee; any spend of round-2 coin is
round 3 of LM3, after which the coin has no round.

Integer satang throughout: a slice is split by the largest-remainder method (ties by
part), so a payment carries exactly its amount and a wallet never carries more of a
part than it holds; the hop mass is carried rounded down.
"""

from dataclasses import dataclass, field
from typing import Any

from thungngoen.circulation.classify import SPEND_KINDS

First = dict[int, int]
Second = dict[tuple[int, str], int]
Event = tuple[str, int, str, str, str, int]
"""``(round, program, R1 place, from place, to place, amount)``; see ``tables.rounds``."""
Slice = tuple[int, First | None, Second | None]
"""What a payment carries out of a pool: its hop mass and its round-1/round-2 parts."""

NO_EVENTS: list[Event] = []


@dataclass(slots=True)
class Pool:
    balance: int = 0
    hop_mass: int = 0
    first: First = field(default_factory=dict)
    second: Second = field(default_factory=dict)

    def take(self, amount: int) -> Slice:
        """Remove ``amount``: its hop mass and, if the pool holds any, its round parts."""
        balance = self.balance
        if amount >= balance:
            taken = (max(self.hop_mass, 0), self.first or None, self.second or None)
            self.balance, self.hop_mass, self.first, self.second = balance - amount, 0, {}, {}
            return taken
        hops = self.hop_mass * amount // balance
        self.hop_mass -= hops
        self.balance = balance - amount
        if not self.first and not self.second:
            return hops, None, None
        first, second = _slice(self, amount, balance)
        return hops, first, second

    def to_json(self) -> dict[str, Any] | None:
        if not self.first and not self.second:
            return None
        return {
            "1": {str(program): amount for program, amount in self.first.items()},
            "2": {f"{program}|{place}": amount for (program, place), amount in self.second.items()},
        }

    @classmethod
    def from_row(cls, balance: int, hop_mass: int, pools: dict[str, Any] | None) -> "Pool":
        if not pools:
            return cls(balance, hop_mass)
        second: Second = {}
        for key, amount in pools["2"].items():
            program, place = key.split("|", 1)
            second[int(program), place] = amount
        first = {int(program): amount for program, amount in pools["1"].items()}
        return cls(balance, hop_mass, first, second)


def _slice(pool: Pool, amount: int, total: int) -> tuple[First, Second]:
    """Split ``amount`` of ``total`` over the pool's parts, and lower them."""
    if len(pool.first) + len(pool.second) == 1:
        return _slice_one(pool, amount, total)
    keys: list[tuple[int, Any]] = [(1, p) for p in pool.first]
    keys += [(2, key) for key in pool.second]
    held = [*pool.first.values(), *pool.second.values()]
    parts = [*held, total - sum(held)]
    shares = [part * amount // total for part in parts]
    short = amount - sum(shares)
    if short:
        order = sorted(range(len(parts)), key=lambda i: (-(parts[i] * amount % total), i))
        for i in order[:short]:
            shares[i] += 1
    first: First = {}
    second: Second = {}
    for (round_, key), part, share in zip(keys, held, shares, strict=False):
        if not share:
            continue
        carried, kept = (first, pool.first) if round_ == 1 else (second, pool.second)
        carried[key] = share
        if part == share:
            del kept[key]
        else:
            kept[key] = part - share
    return first, second


def _slice_one(pool: Pool, amount: int, total: int) -> tuple[First, Second]:
    """``_slice`` of a pool with one round part (the common case: a member's remnant of
    round-2 coin): two parts, the satang short going to the larger remainder."""
    parts: dict[Any, int] = pool.first or pool.second
    [(key, part)] = parts.items()
    share, remainder = divmod(part * amount, total)
    other_share, other_remainder = divmod((total - part) * amount, total)
    if share + other_share < amount and remainder >= other_remainder:
        share += 1
    if share == part:
        del parts[key]
    elif share:
        parts[key] = part - share
    if not share:
        return {}, {}
    return ({key: share}, {}) if parts is pool.first else ({}, {key: share})


def trace(
    kind: str,
    source: Pool | None,
    target: Pool | None,
    amount: int,
    program: int,
    places: tuple[str, str],
) -> tuple[int, list[Event]]:
    """Move ``amount`` from ``source`` to ``target`` (``None``: the mint) as a transfer
    of flow ``kind``; return the hop mass it carried and the LM3 rounds it made."""
    hops, first, second = source.take(amount) if source is not None else (0, None, None)
    spend = kind in SPEND_KINDS
    events = rounds(kind, first, second, places) if first or second else NO_EVENTS
    if target is not None:
        if target.balance >= 0:
            if kind == "purchase":
                target.first[program] = target.first.get(program, 0) + amount
            elif spend and first:
                for p, part in first.items():
                    key = (p, places[0])
                    target.second[key] = target.second.get(key, 0) + part
        target.balance += amount
        target.hop_mass += hops + amount if spend else hops
    return hops, events


def rounds(
    kind: str, first: First | None, second: Second | None, places: tuple[str, str]
) -> list[Event]:
    """The LM3 rounds a transfer of flow ``kind`` makes, carrying ``first`` and ``second``
    (round-1 and round-2 coin) from ``places[0]`` to ``places[1]``."""
    source, target = places
    events: list[Event] = []
    if kind in SPEND_KINDS:
        if first and kind != "purchase":
            events += [("r2", p, source, source, target, a) for p, a in first.items()]
        if second:
            events += [("r3", p, r1, source, target, a) for (p, r1), a in second.items()]
    elif kind == "redemption":
        if first:
            events += [("leak1", p, source, source, "", a) for p, a in first.items()]
        if second:
            events += [("leak2", p, r1, source, "", a) for (p, r1), a in second.items()]
    return events
