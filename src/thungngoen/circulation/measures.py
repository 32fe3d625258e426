"""The circulation measures: one report for a period, an area and a program, read from
the rollups (``rollup.refresh`` first). The CLI, the JSON API and the pages all call
``circulation_report``; definitions in docs/decisions/0011-circulation-measures.md.

Without a program every measure covers all coin. With a program, the flows are those
the program tagged (its purchases, refunds, cashback, allowances), the coin supply is
what its allowances hold (an event) or all coin (a sandbox, which governs every
member's own coin), merchant re-spend and leakage follow the program's round-1 coin
through the tracing, and hops and the merchant table are not given (a supplier payment
or a redemption belongs to no program).
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from heapq import nsmallest
from typing import Any

from sqlalchemy import Connection

from thungngoen.circulation import activity, queries
from thungngoen.circulation.activity import Period
from thungngoen.circulation.areas import Area, parse_area
from thungngoen.circulation.figures import (
    FlowFigures,
    Lm3,
    RoundFigures,
    SupplyFigures,
    flow_figures,
    ratio,
    round_figures,
    supply_figures,
)
from thungngoen.circulation.period import scope_for, whole_months
from thungngoen.circulation.queries import Scope
from thungngoen.circulation.rollup import watermark

TOP = 10


@dataclass(frozen=True, slots=True)
class Cell:
    """Coin spent from one sub-district to another (net of refunds and cashback)."""

    origin: str
    dest: str
    amount: int
    transfers: int


@dataclass(frozen=True, slots=True)
class MerchantCirculation:
    merchant_id: int
    business_name: str
    tambon: str
    purchases: int
    """Coin members paid the shop (net of refunds and cashback)."""
    from_merchants: int
    respent: int
    """Coin the shop paid other network members (suppliers, wages)."""
    redeemed: int

    @property
    def received(self) -> int:
        return self.purchases + self.from_merchants

    @property
    def respend_share(self) -> float | None:
        return ratio(self.respent, self.received)


@dataclass(frozen=True, slots=True)
class CirculationReport:
    first_day: date
    last_day: date
    area: Area
    program_id: int
    program_code: str | None
    as_of_transfer: int
    """The last ledger transfer the rollups include."""
    supply_end: int
    supply_average: int
    reserve_end: int
    """The baht reserve of the whole pilot at the period's end."""
    issued: int
    burned: int
    spend: int
    spend_by_kind: dict[str, int]
    velocity: float | None
    active_members: int
    active_merchants: int
    merchant_receipts: int
    merchant_respent: int
    redeemed: int
    leakage: float | None
    respend_share: float | None
    lm3: Lm3
    average_hops: float | None
    cells: tuple[Cell, ...]
    corridors: tuple[Cell, ...]
    top_merchants: tuple[MerchantCirculation, ...]


def circulation_report(
    connection: Connection,
    *,
    first: date | None = None,
    last: date | None = None,
    area: str | Area | None = None,
    program: str | None = None,
    top: int = TOP,
) -> CirculationReport:
    """The measures for the Thai days ``first``…``last`` (default: every day the rollups
    hold), ``area`` (a sub-district or district code; default the whole pilot) and
    ``program`` (its code or id; default all coin); the ``top`` corridors and merchants."""
    place = area if isinstance(area, Area) else parse_area(area)
    scope, program_code = scope_for(connection, first, last, place, program)
    [figures] = _figures(connection, scope, [(scope.first, scope.last)])
    cells = _cells(connection, scope)
    merchants = () if scope.program_id or not top else _merchants(connection, scope, top)
    as_of = watermark(connection)
    return _report(as_of, scope, program_code, figures, cells, top, merchants)


def circulation_series(
    connection: Connection,
    periods: Sequence[Period],
    *,
    area: str | Area | None = None,
    program: str | None = None,
) -> list[CirculationReport]:
    """The measures of each of ``periods`` (in the order given; they may overlap, e.g.
    the months of a season and the season itself), read together: one query per rollup
    table over all of them. Without flows between places or merchants (``with_cells``)."""
    place = area if isinstance(area, Area) else parse_area(area)
    first, last = min(p[0] for p in periods), max(p[1] for p in periods)
    scope, program_code = scope_for(connection, first, last, place, program)
    if scope.grain == "month" and not all(whole_months(*period) for period in periods):
        scope = replace(scope, grain="day")
    each, as_of = _figures(connection, scope, periods), watermark(connection)
    return [
        _report(as_of, replace(scope, first=first, last=last), program_code, figures)
        for (first, last), figures in zip(periods, each, strict=True)
    ]


def with_cells(
    connection: Connection, report: CirculationReport, top: int = TOP
) -> CirculationReport:
    """``report`` (of a series) with its flows between places and its ``top``
    corridors, as ``circulation_report`` gives them (the cells need no more of the scope
    than its days, area and program)."""
    grain = "month" if whole_months(report.first_day, report.last_day) else "day"
    scope = Scope(report.first_day, report.last_day, report.area, report.program_id, False, grain)
    cells = _cells(connection, scope)
    return replace(report, cells=cells, corridors=corridors(cells, top))


@dataclass(frozen=True, slots=True)
class _Figures:
    flows: FlowFigures
    rounds: RoundFigures
    supply: SupplyFigures
    active: dict[str, int]


def _figures(connection: Connection, scope: Scope, periods: Sequence[Period]) -> list[_Figures]:
    """Each period's figures, from one query per rollup table over all of them."""
    holding = _holding(periods)
    flows: list[list[Any]] = [[] for _ in periods]
    for row in queries.flow_totals(connection, scope):
        for index in holding(row.day):
            flows[index].append(row)
    rounds: list[list[Any]] = [[] for _ in periods]
    for row in queries.round_totals(connection, scope):
        for index in holding(row.day):
            rounds[index].append(row)
    holdings = [
        (date.fromisoformat(day), coin, reserve)
        for day, coin, reserve in queries.holding_changes(connection, scope)
    ]
    active = activity.active_counts(connection, periods, scope.area, scope.program_id)
    return [
        _Figures(
            flow_figures(flows[index]),
            round_figures(rounds[index]),
            supply_figures([row for row in holdings if row[0] <= last], first, last),
            active[index],
        )
        for index, (first, last) in enumerate(periods)
    ]


def _holding(periods: Sequence[Period]) -> Callable[[str], list[int]]:
    """Which of ``periods`` hold a day (``YYYY-MM-DD``), remembered per day."""
    bounds = [(first.isoformat(), last.isoformat()) for first, last in periods]
    known: dict[str, list[int]] = {}

    def holding(day: str) -> list[int]:
        found = known.get(day)
        if found is None:
            found = known[day] = [n for n, (a, b) in enumerate(bounds) if a <= day <= b]
        return found

    return holding


def _report(
    as_of: int,
    scope: Scope,
    program_code: str | None,
    figures: _Figures,
    cells: tuple[Cell, ...] = (),
    top: int = TOP,
    merchants: tuple[MerchantCirculation, ...] = (),
) -> CirculationReport:
    flows, rounds, supply = figures.flows, figures.rounds, figures.supply
    tagged = bool(scope.program_id)
    receipts = flows.receipts
    respent = rounds.r2_anywhere if tagged else flows.respent
    redeemed = rounds.leaked if tagged else flows.redeemed
    return CirculationReport(
        first_day=scope.first,
        last_day=scope.last,
        area=scope.area,
        program_id=scope.program_id,
        program_code=program_code,
        as_of_transfer=as_of,
        supply_end=supply.end,
        supply_average=supply.average,
        reserve_end=supply.reserve_end,
        issued=flows.issued,
        burned=flows.burned,
        spend=flows.spend,
        spend_by_kind=flows.spend_by_kind,
        velocity=ratio(flows.spend, supply.average),
        active_members=figures.active.get("member", 0),
        active_merchants=figures.active.get("merchant", 0),
        merchant_receipts=receipts,
        merchant_respent=respent,
        redeemed=redeemed,
        leakage=ratio(redeemed, receipts),
        respend_share=ratio(respent, receipts),
        lm3=Lm3(flows.r1, rounds.r2, rounds.r3),
        average_hops=None if tagged else flows.average_hops,
        cells=cells,
        corridors=corridors(cells, top),
        top_merchants=merchants,
    )


def corridors(cells: tuple[Cell, ...], top: int) -> tuple[Cell, ...]:
    """The biggest flows between two different sub-districts."""
    between = (cell for cell in cells if cell.origin != cell.dest)
    return tuple(nsmallest(top, between, key=lambda c: (-c.amount, c.origin, c.dest)))


def _cells(connection: Connection, scope: Scope) -> tuple[Cell, ...]:
    return tuple(
        Cell(origin, dest, int(amount), int(transfers))
        for origin, dest, amount, transfers in queries.od_cells(connection, scope)
    )


def merchant_table(
    connection: Connection,
    *,
    first: date | None = None,
    last: date | None = None,
    area: str | None = None,
    limit: int | None = None,
) -> tuple[MerchantCirculation, ...]:
    """Every merchant of the area (or the ``limit`` biggest re-spenders) over the period."""
    scope, _ = scope_for(connection, first, last, parse_area(area), None)
    return _merchants(connection, scope, limit)


def _merchants(
    connection: Connection, scope: Scope, top: int | None
) -> tuple[MerchantCirculation, ...]:
    return tuple(
        MerchantCirculation(
            int(row[0]), row[1], row[2], int(row[3]), int(row[4]), int(row[5]), int(row[6])
        )
        for row in queries.merchant_totals(connection, scope, top)
    )
