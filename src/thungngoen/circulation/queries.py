"""Reading the rollups for a period, an area and a program: a few grouped queries whose
results ``figures`` turns into measures. Nothing here reads the ledger."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, case, func, literal, or_, select

from thungngoen.circulation import tables
from thungngoen.circulation.areas import Area
from thungngoen.circulation.classify import SPEND_KINDS, UNDO_KINDS
from thungngoen.wallet.tables import merchants


@dataclass(frozen=True, slots=True)
class Scope:
    first: date
    last: date
    area: Area
    program_id: int
    """0: every program (and none)."""
    event: bool
    """The program is an event: its coin is what its allowances hold."""
    grain: str = "day"
    """``month`` when the periods asked for are whole months (fewer rows to read)."""


def inside(area: Area, column: Any) -> ColumnElement[int]:
    """1 where ``column`` (a place) is inside ``area``, else 0."""
    if area.places is None:
        return literal(1)
    return case((column.in_(sorted(area.places)), 1), else_=0)


def flow_totals(connection: Connection, scope: Scope) -> list[Any]:
    """Rows ``(day, kind, o, d, amount, transfers, hop_mass)``: ``day`` the day or month
    (the scope's grain), ``o``/``d`` 1 if the origin/destination is inside the area."""
    f = tables.flows.c
    keys = [
        f.day,
        f.kind,
        inside(scope.area, f.origin).label("o"),
        inside(scope.area, f.dest).label("d"),
    ]
    where = _period(scope, f.grain, f.day, totals=True)
    if scope.program_id:
        where.append(f.program_id == scope.program_id)
    if scope.area.places is not None:  # a flow with neither end inside counts nowhere
        places = sorted(scope.area.places)
        where.append(or_(f.origin.in_(places), f.dest.in_(places)))
    return _sum_by(connection, keys, [f.amount, f.transfers, f.hop_mass], where)


def round_totals(connection: Connection, scope: Scope) -> list[Any]:
    """Rows ``(day, round, r1, o, d, amount)``: ``day`` as in ``flow_totals``; 1 if the
    R1, from and to place is inside the area."""
    r = tables.rounds.c
    keys = [
        r.day,
        r.round,
        inside(scope.area, r.r1_tambon).label("r1"),
        inside(scope.area, r.from_tambon).label("o"),
        inside(scope.area, r.to_tambon).label("d"),
    ]
    where = _period(scope, r.grain, r.day, totals=True)
    if scope.program_id:
        where.append(r.program_id == scope.program_id)
    if scope.area.places is not None:  # only coin of the area's R1 counts
        where.append(r.r1_tambon.in_(sorted(scope.area.places)))
    return _sum_by(connection, keys, [r.amount], where)


def holding_changes(connection: Connection, scope: Scope) -> list[Any]:
    """``(day, coin change, reserve change)`` for the days up to the period's end (the
    day as ``YYYY-MM-DD`` text); in an area, only rows of its places and the reserve's."""
    h = tables.holdings.c
    reserve = h.holder_kind == "reserve"
    coin: ColumnElement[bool]
    read: ColumnElement[bool]
    if scope.area.places is None:  # the pilot's own rows
        coin, read = h.holder_kind == "all", h.holder_kind.in_(("all", "reserve"))
    else:
        coin = and_(~reserve, h.tambon_code.in_(sorted(scope.area.places)))
        read = or_(reserve, and_(h.holder_kind != "all", coin))
    if scope.event:
        coin = and_(coin, h.program_id == scope.program_id)
    query = (
        select(
            h.day,
            func.sum(case((coin, h.change), else_=0)).label("coin"),
            func.sum(case((reserve, h.change), else_=0)).label("reserve"),
        )
        .where(h.day <= scope.last.isoformat(), read)
        .group_by(h.day)
        .order_by(h.day)
    )
    return list(connection.execute(query))


def od_cells(connection: Connection, scope: Scope) -> list[Any]:
    """``(origin, dest, amount, transfers)`` of the period's spending between places
    touching the area, biggest first: each spend counts on (payer's place, payee's
    place); a refund or cashback is taken off (member's place, shop's place)."""
    f = tables.flows.c
    undo = f.kind.in_(sorted(UNDO_KINDS))
    inner = select(
        case((undo, f.dest), else_=f.origin).label("origin"),
        case((undo, f.origin), else_=f.dest).label("dest"),
        case((undo, -f.amount), else_=f.amount).label("amount"),
        case((undo, 0), else_=f.transfers).label("transfers"),
    ).where(*_period(scope, f.grain, f.day), f.kind.in_(sorted(SPEND_KINDS | UNDO_KINDS)))
    if scope.program_id:
        inner = inner.where(f.program_id == scope.program_id)
    if scope.area.places is not None:
        places = sorted(scope.area.places)
        inner = inner.where(or_(f.origin.in_(places), f.dest.in_(places)))
    cells = inner.subquery()
    amount = func.sum(cells.c.amount)
    query = (
        select(cells.c.origin, cells.c.dest, amount, func.sum(cells.c.transfers))
        .group_by(cells.c.origin, cells.c.dest)
        .order_by(amount.desc(), cells.c.origin, cells.c.dest)
    )
    return list(connection.execute(query))


def cell_members(
    connection: Connection, first_month: date, last_month: date, program_id: int
) -> dict[tuple[str, str], int]:
    """For each (origin, dest) cell with members in it: how many different members at
    least paid in it, or were paid in it, whichever side is smaller (a side without
    members does not count). Monthly rows cannot count members over several months
    exactly; a side's busiest month is a lower bound."""
    c = tables.cell_counts.c
    side = (c.origin, c.dest, c.side)
    busiest = (
        select(*side, func.max(c.members))
        .where(
            c.month.between(first_month.isoformat(), last_month.isoformat()),
            c.program_id == program_id,
        )
        .group_by(*side)
    )
    fewest: dict[tuple[str, str], int] = {}
    for origin, dest, _side, members in connection.execute(busiest):
        fewest[origin, dest] = min(fewest.get((origin, dest), members), int(members))
    return fewest


def merchant_totals(connection: Connection, scope: Scope, limit: int | None) -> list[Any]:
    """Per merchant in the area: purchases, coin from merchants, re-spent, redeemed;
    the biggest re-spenders first."""
    m = tables.merchant_days.c
    respent = func.sum(m.respent)
    query = (
        select(
            m.merchant_id,
            merchants.c.business_name,
            merchants.c.tambon_code,
            func.sum(m.purchases),
            func.sum(m.supplier_in),
            respent,
            func.sum(m.redeemed),
        )
        .join(merchants, merchants.c.id == m.merchant_id)
        .where(m.day.between(scope.first.isoformat(), scope.last.isoformat()))
        .group_by(m.merchant_id, merchants.c.business_name, merchants.c.tambon_code)
        .order_by(respent.desc(), m.merchant_id)
        .limit(limit)
    )
    if scope.area.places is not None:
        query = query.where(merchants.c.tambon_code.in_(sorted(scope.area.places)))
    return list(connection.execute(query))


def merchant_days(connection: Connection, merchant_id: int, first: date, last: date) -> list[Any]:
    """``(day, purchases, supplier_in, respent, redeemed)`` of one merchant's days in
    ``first``…``last`` that have figures, in order."""
    m = tables.merchant_days.c
    query = (
        select(m.day, m.purchases, m.supplier_in, m.respent, m.redeemed)
        .where(m.merchant_id == merchant_id, m.day.between(first.isoformat(), last.isoformat()))
        .order_by(m.day)
    )
    return list(connection.execute(query))


def data_days(connection: Connection) -> tuple[date, date] | None:
    """The first and last day the rollups hold (two scalar subqueries: each reads one
    end of the primary key, where ``min`` and ``max`` in one select scan every row)."""
    f = tables.holdings.c
    ends = select(
        select(func.min(f.day)).scalar_subquery(), select(func.max(f.day)).scalar_subquery()
    )
    first, last = connection.execute(ends).one()
    return None if first is None else (date.fromisoformat(first), date.fromisoformat(last))


def _period(
    scope: Scope, grain: Any, period: Any, totals: bool = False
) -> list[ColumnElement[bool]]:
    """Rows of the scope's days; ``totals``: the whole pilot's monthly totals when they
    answer the scope (whole months, no area)."""
    read = (
        "total" if totals and scope.grain == "month" and scope.area.places is None else scope.grain
    )
    return [grain == read, period.between(scope.first.isoformat(), scope.last.isoformat())]


def _sum_by(
    connection: Connection,
    keys: Sequence[ColumnElement[Any]],
    sums: Sequence[ColumnElement[Any]],
    where: Sequence[ColumnElement[bool]],
) -> list[Any]:
    """Sum ``sums`` grouped by ``keys``. The keys are computed in a subquery: PostgreSQL
    would not match a ``GROUP BY`` expression holding bind parameters to the select's."""
    inner = select(*keys, *sums).where(*where).subquery()
    grouped = [inner.c[key.name] for key in keys]
    summed = [func.sum(inner.c[column.name]).label(column.name) for column in sums]
    return list(connection.execute(select(*grouped, *summed).group_by(*grouped)))
