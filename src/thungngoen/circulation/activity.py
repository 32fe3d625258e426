"""Who was active when: for each member and merchant (in any program, and in each
program), the days they paid or were paid, as one bit mask. One row per wallet, not
per wallet and day, so a season of activity costs a few thousand rows, and counting
the distinct wallets active in any period reads each of them once."""

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from sqlalchemy import Connection, func, select

from thungngoen.circulation import tables, upserts
from thungngoen.circulation.areas import Area
from thungngoen.circulation.days import next_month

Period = tuple[date, date]
Person = tuple[str, int, str]
"""``(member or merchant, id, place)``."""


def record(connection: Connection, active: Mapping[tuple[Person, int], set[str]]) -> None:
    """Add the days (``YYYY-MM-DD``) each person was active, per program (0: none), to
    their masks (one in any program, 0, and one per program)."""
    days: defaultdict[tuple[str, int, int], set[date]] = defaultdict(set)
    places: dict[tuple[str, int], str] = {}
    parsed: dict[str, date] = {}
    for ((kind, holder_id, place), program), active_days in active.items():
        places[kind, holder_id] = place
        dates = {parsed.get(d) or parsed.setdefault(d, date.fromisoformat(d)) for d in active_days}
        days[kind, holder_id, 0] |= dates
        if program:
            days[kind, holder_id, program] |= dates
    if not days:
        return
    a = tables.activity.c
    known: dict[tuple[str, int, int], tuple[date, int]] = {}
    ids = sorted({holder_id for _, holder_id, _ in days})
    for start in range(0, len(ids), 500):
        query = select(a.holder_kind, a.holder_id, a.program_id, a.first_day, a.days).where(
            a.holder_id.in_(ids[start : start + 500])
        )
        for kind, holder_id, program, first, mask in connection.execute(query):
            known[kind, holder_id, program] = (date.fromisoformat(first), int(mask, 16))
    rows = []
    months: Counter[tuple[str, int, str, str]] = Counter()
    for key, new in days.items():
        kind, holder_id, program = key
        place = places[kind, holder_id]
        before = known.get(key)
        for month in {day.replace(day=1) for day in new}:
            if before is None or not _active_between(*before, month, _month_end(month)):
                months[month.isoformat(), program, place, kind] += 1
        first, mask = _with_days(*(before or (min(new), 0)), new)
        rows.append((kind, holder_id, program, place, first.isoformat(), f"{mask:x}"))
    upserts.replace(connection, tables.activity, rows, ("first_day", "days"))
    counted = [(*key, holders) for key, holders in months.items()]
    upserts.add_to(connection, tables.active_months, counted, ("holders",))


def _with_days(first: date, mask: int, days: set[date]) -> tuple[date, int]:
    earliest = min(days)
    if earliest < first:
        mask <<= (first - earliest).days
        first = earliest
    for day in days:
        mask |= 1 << (day - first).days
    return first, mask


def active_counts(
    connection: Connection, periods: Sequence[Period], area: Area, program_id: int
) -> list[dict[str, int]]:
    """For each period (first and last day): the distinct members and merchants active
    on one of its days (``member``, ``merchant`` → count)."""
    if all(first.day == 1 and last == _month_end(first) for first, last in periods):
        return _month_counts(connection, periods, area, program_id)
    a = tables.activity.c
    query = select(a.holder_kind, a.first_day, a.days).where(
        a.program_id == program_id, a.first_day <= max(last for _, last in periods).isoformat()
    )
    if area.places is not None:
        query = query.where(a.tambon_code.in_(sorted(area.places)))
    counts: list[dict[str, int]] = [{} for _ in periods]
    for kind, first_day, days in connection.execute(query):
        since, mask = date.fromisoformat(first_day), int(days, 16)
        for index, (first, last) in enumerate(periods):
            if _active_between(since, mask, first, last):
                counts[index][kind] = counts[index].get(kind, 0) + 1
    return counts


def _month_counts(
    connection: Connection, periods: Sequence[Period], area: Area, program_id: int
) -> list[dict[str, int]]:
    """Periods of one calendar month each: the counts kept per month."""
    m = tables.active_months.c
    query = (
        select(m.month, m.holder_kind, func.sum(m.holders))
        .where(m.month.in_([first.isoformat() for first, _ in periods]), m.program_id == program_id)
        .group_by(m.month, m.holder_kind)
    )
    if area.places is not None:
        query = query.where(m.tambon_code.in_(sorted(area.places)))
    found: dict[str, dict[str, int]] = defaultdict(dict)
    for month, kind, holders in connection.execute(query):
        found[month][kind] = int(holders)
    return [dict(found[first.isoformat()]) for first, _ in periods]


def _month_end(month: date) -> date:
    return next_month(month) - timedelta(days=1)


def _active_between(since: date, mask: int, first: date, last: date) -> bool:
    start = max((first - since).days, 0)
    width = (last - since).days - start + 1
    return width > 0 and (mask >> start) & ((1 << width) - 1) != 0
