"""The public view of circulation: aggregates only, by whole Thai calendar months.

Nothing in it identifies a member: no merchant table, no wallet, and a figure is shown
only where at least ``THRESHOLD`` different wallets stand behind it —
- an area's (or program's) figures only if at least ``THRESHOLD`` members were active in
  it in the period (else ``suppressed``, no figures);
- a flow between two sub-districts only if each side with members in it (the payers,
  the payees) has at least ``THRESHOLD`` different members (in one month at least:
  monthly rows give a lower bound over several months). A side of merchants only is
  not held back: shops are public businesses, and a sub-district pair aggregates them.
  Suppressed cells are counted, not shown.
"""

from datetime import date, timedelta

from pydantic import BaseModel
from sqlalchemy import Connection

from thungngoen.circulation import queries
from thungngoen.circulation.days import month_of, next_month
from thungngoen.circulation.errors import InvalidPeriod
from thungngoen.circulation.measures import (
    TOP,
    CirculationReport,
    circulation_report,
    circulation_series,
    corridors,
    with_cells,
)
from thungngoen.circulation.render import (
    AreaOut,
    CellOut,
    Headline,
    ProgramOut,
    area_out,
    cell_out,
    headline,
    program_out,
)
from thungngoen.thai import thai_today

THRESHOLD = 5
MAX_MONTHS = 36
"""The longest series a public call may ask for."""


class PublicSummary(BaseModel):
    period_from: date
    period_to: date
    area: AreaOut
    program: ProgramOut | None
    threshold: int
    suppressed: bool
    figures: Headline | None
    corridors: list[CellOut]
    cells: list[CellOut]
    suppressed_cells: int


class SeriesPoint(BaseModel):
    month: date
    suppressed: bool
    figures: Headline | None


class PublicSeries(BaseModel):
    area: AreaOut
    program: ProgramOut | None
    threshold: int
    points: list[SeriesPoint]


class PartialMonth(BaseModel):
    """The month under way, from its first day to today: not a whole month, so never
    charted beside whole ones (decision 0026)."""

    month: date
    until: date
    suppressed: bool
    figures: Headline | None


class PublicBoard(BaseModel):
    whole: PublicSummary
    """The pilot to date: its first month's first day to today."""
    series: PublicSeries
    """Whole months only (the last ``MAX_MONTHS`` before this one); may be empty."""
    current: PartialMonth


def months(connection: Connection, first: str | None, last: str | None) -> tuple[date, date]:
    """The first and last day of the months ``first``…``last`` (``YYYY-MM``); by default
    the months the rollups hold."""
    held = queries.data_days(connection)
    today = thai_today()
    start = _month(first) if first else month_of(held[0] if held else today)
    end = _month(last) if last else month_of(held[1] if held else today)
    if start > end:
        raise InvalidPeriod(f"the months start ({start:%Y-%m}) after they end ({end:%Y-%m})")
    return start, next_month(end) - timedelta(days=1)


def public_summary(
    connection: Connection,
    first: str | None = None,
    last: str | None = None,
    area: str | None = None,
    program: str | None = None,
) -> PublicSummary:
    start, end = months(connection, first, last)
    report = circulation_report(
        connection, first=start, last=end, area=area, program=program, top=0
    )
    return _summary(connection, report)


def public_board(
    connection: Connection,
    area: str | None = None,
    program: str | None = None,
    today: date | None = None,
) -> PublicBoard:
    """What the public dashboard shows on ``today`` (a Thai day; default: today): the
    pilot to date (its first month to today), the whole months before this one (the last
    ``MAX_MONTHS``; monthly rows) and this month so far (day rows, with the pilot)."""
    start, end = board_days(connection, today or thai_today())
    this_month = month_of(end)
    periods = _month_periods(start, this_month - timedelta(days=1))[-MAX_MONTHS:]
    reports = circulation_series(connection, periods, area=area, program=program) if periods else []
    current, whole = circulation_series(
        connection, [(this_month, end), (start, end)], area=area, program=program
    )
    return PublicBoard(
        whole=_summary(connection, with_cells(connection, whole, 0)),
        series=_series(reports, whole),
        current=PartialMonth(
            month=this_month,
            until=end,
            suppressed=_suppressed(current),
            figures=None if _suppressed(current) else Headline(**headline(current)),
        ),
    )


def board_days(connection: Connection, today: date) -> tuple[date, date]:
    """The pilot to date: the first day of the first month the rollups hold (default:
    this month) and ``today`` — or the last day they hold, should a clock stand behind
    the ledger; never the end of a month still to come."""
    held = queries.data_days(connection)
    start = month_of(held[0] if held else today)
    return min(start, month_of(today)), max(today, held[1] if held else today)


def _summary(connection: Connection, report: CirculationReport) -> PublicSummary:
    """``report`` (with its cells) as the public sees it: a small area's figures and
    small cells withheld."""
    start, end = report.first_day, report.last_day
    members = queries.cell_members(connection, start, month_of(end), report.program_id)
    shown = tuple(
        c for c in report.cells if members.get((c.origin, c.dest), THRESHOLD) >= THRESHOLD
    )
    suppressed = _suppressed(report)
    return PublicSummary(
        period_from=start,
        period_to=end,
        area=area_out(report),
        program=program_out(report),
        threshold=THRESHOLD,
        suppressed=suppressed,
        figures=None if suppressed else Headline(**headline(report)),
        corridors=[cell_out(cell) for cell in corridors(shown, TOP)],
        cells=[cell_out(cell) for cell in shown],
        suppressed_cells=len(report.cells) - len(shown),
    )


def public_series(
    connection: Connection,
    first: str | None = None,
    last: str | None = None,
    area: str | None = None,
    program: str | None = None,
) -> PublicSeries:
    """The headline measures month by month, for trend charts."""
    periods = _month_periods(*months(connection, first, last))
    if len(periods) > MAX_MONTHS:
        raise InvalidPeriod(f"a series has at most {MAX_MONTHS} months")
    reports = circulation_series(connection, periods, area=area, program=program)
    return _series(reports, reports[0])


def _series(reports: list[CirculationReport], scope: CirculationReport) -> PublicSeries:
    """The months of ``reports``, for the area and program of ``scope``."""
    points = [
        SeriesPoint(
            month=report.first_day,
            suppressed=_suppressed(report),
            figures=None if _suppressed(report) else Headline(**headline(report)),
        )
        for report in reports
    ]
    return PublicSeries(
        area=area_out(scope),
        program=program_out(scope),
        threshold=THRESHOLD,
        points=points,
    )


def _month_periods(start: date, end: date) -> list[tuple[date, date]]:
    """The calendar months from ``start`` (a first day) to ``end``, as (first day, last
    day) periods."""
    periods = []
    month = start
    while month <= end:
        periods.append((month, next_month(month) - timedelta(days=1)))
        month = next_month(month)
    return periods


def _suppressed(report: CirculationReport) -> bool:
    return report.active_members < THRESHOLD


def _month(text: str) -> date:
    try:
        return date.fromisoformat(f"{text}-01")
    except ValueError:
        raise InvalidPeriod(f"{text!r} is not a month (YYYY-MM)") from None
