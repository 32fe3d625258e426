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


Days = tuple[date, int]
"""A first day and a bit mask of days from it (bit ``n``: active on ``first + n``)."""


def record(connection: Connection, active: Mapping[tuple[Person, int], Days]) -> None:
    """Add the days each person was active in a program (0: in any program) to their
    masks, and count them in the months where they are new."""
    days: dict[tuple[str, int, int], Days] = {}
    places: dict[tuple[str, int], str] = {}
    for ((kind, holder_id, place), program), new in active.items():
        places[kind, holder_id] = place
        key = (kind, holder_id, program)
        days[key] = _merged(days[key], new) if key in days else new
    if not days:
        return
    known = _known(connection, sorted({holder_id for _, holder_id, _ in days}))
    rows = []
    months: Counter[tuple[str, int, str, str]] = Counter()
    for key, new in days.items():
        kind, holder_id, program = key
        place = places[kind, holder_id]
        before = known.get(key)
        for month in _months(*new):
            if before is None or not _active_between(*before, month, _month_end(month)):
                months[month.isoformat(), program, place, kind] += 1
        first, mask = _merged(before, new) if before else new
        rows.append((kind, holder_id, program, place, first.isoformat(), f"{mask:x}"))
    upserts.replace(connection, tables.activity, rows, ("first_day", "days"))
    counted = [(*key, holders) for key, holders in months.items()]
    upserts.add_to(connection, tables.active_months, counted, ("holders",))


def _known(connection: Connection, ids: Sequence[int]) -> dict[tuple[str, int, int], Days]:
    a = tables.activity.c
    known: dict[tuple[str, int, int], Days] = {}
    for start in range(0, len(ids), 500):
        query = select(a.holder_kind, a.holder_id, a.program_id, a.first_day, a.days).where(
            a.holder_id.in_(ids[start : start + 500])
        )
        for kind, holder_id, program, first, mask in connection.execute(query):
            known[kind, holder_id, program] = (date.fromisoformat(first), int(mask, 16))
    return known


def _merged(one: Days, other: Days) -> Days:
    first = min(one[0], other[0])
    return first, (one[1] << (one[0] - first).days) | (other[1] << (other[0] - first).days)


def _months(first: date, mask: int) -> list[date]:
    """The months with a day in ``mask``."""
    last = first + timedelta(days=mask.bit_length() - 1)
    found, month = [], first.replace(day=1)
    while month <= last:
        if _active_between(first, mask, month, _month_end(month)):
            found.append(month)
        month = next_month(month)
    return found


def active_counts(
    connection: Connection, periods: Sequence[Period], area: Area, program_id: int
) -> list[dict[str, int]]:
    """For each period (first and last day; they may overlap): the distinct members and
    merchants active on one of its days (``member``, ``merchant`` → count). A calendar
    month is read from the monthly counts, any other period from the masks."""
    months = {n for n, (first, last) in enumerate(periods) if _is_month(first, last)}
    others = [n for n in range(len(periods)) if n not in months]
    counts: list[dict[str, int]] = [{} for _ in periods]
    if months:
        chosen = sorted(months)
        found = _month_counts(connection, [periods[n] for n in chosen], area, program_id)
        for n, month in zip(chosen, found, strict=True):
            counts[n] = month
    if others:
        found = _mask_counts(connection, [periods[n] for n in others], area, program_id)
        for n, period in zip(others, found, strict=True):
            counts[n] = period
    return counts


def _mask_counts(
    connection: Connection, periods: Sequence[Period], area: Area, program_id: int
) -> list[dict[str, int]]:
    """From the masks. A mask starts on a day its wallet was active (``record``), so
    the wallets first active inside a period are counted by the database; only those
    first active before it are decoded (for the whole pilot's period: none)."""
    a = tables.activity.c
    where = [a.program_id == program_id]
    if area.places is not None:
        where.append(a.tambon_code.in_(sorted(area.places)))
    counts: list[dict[str, int]] = [{} for _ in periods]
    for index, (first, last) in enumerate(periods):
        started = a.first_day.between(first.isoformat(), last.isoformat())
        query = select(a.holder_kind, func.count()).where(*where, started)
        for kind, holders in connection.execute(query.group_by(a.holder_kind)):
            counts[index][kind] = int(holders)
    before = a.first_day < max(first for first, _ in periods).isoformat()
    for kind, first_day, days in connection.execute(
        select(a.holder_kind, a.first_day, a.days).where(*where, before)
    ):
        since, mask = date.fromisoformat(first_day), int(days, 16)
        for index, (first, last) in enumerate(periods):
            if since < first and _active_between(since, mask, first, last):
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


def _is_month(first: date, last: date) -> bool:
    return first.day == 1 and last == _month_end(first)


def _month_end(month: date) -> date:
    return next_month(month) - timedelta(days=1)


def _active_between(since: date, mask: int, first: date, last: date) -> bool:
    start = max((first - since).days, 0)
    width = (last - since).days - start + 1
    return width > 0 and (mask >> start) & ((1 << width) - 1) != 0
