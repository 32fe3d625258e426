"""From the rollups' grouped rows to the measures (pure arithmetic, no database).

Where the area matters, each flow counts on one side: spending by the payer's place,
merchant receipts by the merchant's, redemptions by the redeeming merchant's. A refund or
cashback undoes part of a purchase on both sides. See docs/decisions/0011.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from thungngoen.circulation.classify import BURN_KINDS, ISSUE_KINDS, UNDO_KINDS


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True, slots=True)
class Lm3:
    r1: int
    """Coin members spent at merchants in the area (net of refunds and cashback)."""
    r2: int
    """Round-1 coin those merchants re-spent to holders in the area (traced)."""
    r3: int
    """Round-2 coin its holders spent on to holders in the area (traced)."""

    @property
    def value(self) -> float | None:
        """(R1 + R2 + R3) ÷ R1; ``None`` without R1."""
        return ratio(self.r1 + self.r2 + self.r3, self.r1)


@dataclass(slots=True)
class FlowFigures:
    issued: int = 0
    burned: int = 0
    spend: int = 0
    receipts: int = 0
    respent: int = 0
    redeemed: int = 0
    redeemed_hop_mass: int = 0
    r1: int = 0
    spend_by_kind: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(("purchase", "supplier", "wages", "p2p"), 0)
    )

    def add(self, kind: str, origin_in: bool, dest_in: bool, amount: int, hop_mass: int) -> None:
        if kind in ISSUE_KINDS and dest_in:
            self.issued += amount
        if kind in BURN_KINDS and origin_in:
            self.burned += amount
        if kind == "redemption" and origin_in:
            self.redeemed += amount
            self.redeemed_hop_mass += hop_mass
        payer_in, merchant_in, sign = origin_in, dest_in, 1
        if kind in UNDO_KINDS:
            kind, payer_in, merchant_in, sign = "purchase", dest_in, origin_in, -1
        if kind in self.spend_by_kind and payer_in:
            self.spend += sign * amount
            self.spend_by_kind[kind] += sign * amount
        if kind == "purchase" and merchant_in:
            self.r1 += sign * amount
            self.receipts += sign * amount
        if kind == "supplier" and dest_in:
            self.receipts += amount
        if kind in ("supplier", "wages") and origin_in:
            self.respent += amount

    @property
    def average_hops(self) -> float | None:
        return ratio(self.redeemed_hop_mass, self.redeemed) if self.redeemed else None


def flow_figures(rows: Iterable[Any]) -> FlowFigures:
    figures = FlowFigures()
    for row in rows:
        figures.add(row.kind, bool(row.o), bool(row.d), int(row.amount), int(row.hop_mass))
    return figures


@dataclass(frozen=True, slots=True)
class RoundFigures:
    r2: int
    r3: int
    r2_anywhere: int
    """Round-1 coin of the area's merchants re-spent to anyone in the network."""
    leaked: int
    """Round-1 and round-2 coin of the area's R1 redeemed to baht."""


def round_figures(rows: Iterable[Any]) -> RoundFigures:
    r2 = r3 = anywhere = leaked = 0
    for row in rows:
        amount = int(row.amount)
        if not row.r1:
            continue
        if row.round == "r2":
            anywhere += amount
            r2 += amount if row.d else 0
        elif row.round == "r3":
            r3 += amount if row.o and row.d else 0
        else:
            leaked += amount
    return RoundFigures(r2, r3, anywhere, leaked)


@dataclass(frozen=True, slots=True)
class SupplyFigures:
    end: int
    average: int
    """The mean over the period's days of the coin held at each day's end."""
    reserve_end: int


def supply_figures(rows: Iterable[Any], first: date, last: date) -> SupplyFigures:
    """From ``(day, coin change, reserve change)`` rows up to ``last``, in day order."""
    coin = reserve = held_days = 0
    since = first
    for day, coin_change, reserve_change in rows:
        if day >= first:
            held_days += coin * (day - since).days
            since = day
        coin += int(coin_change)
        reserve += int(reserve_change)
    held_days += coin * ((last - since).days + 1)
    days = (last - first).days + 1
    return SupplyFigures(coin, (held_days + days // 2) // days, reserve)
