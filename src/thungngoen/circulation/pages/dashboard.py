"""The public circulation dashboard: what the public JSON API serves (whole Thai months,
aggregates only, small areas and cells withheld), for the latest month and the whole
pilot, with monthly trends and the flows between the busiest sub-districts, for an area
and a program. No login; nothing that identifies a member."""

import json
from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen.circulation import public, public_cache
from thungngoen.circulation.matrix import flow_matrix
from thungngoen.circulation.meanings import MEANINGS
from thungngoen.circulation.pages.display import HELPERS, month_label, refresh_capped
from thungngoen.circulation.pages.places import area_choices
from thungngoen.circulation.pages.public_filters import PublicFilters, public_filters
from thungngoen.wallet import Program, ReserveReport, list_programs, reserve_report
from thungngoen.web.i18n import language_of
from thungngoen.web.page_ops import read
from thungngoen.web.paging import page_link
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True, slots=True)
class PublicDashboard:
    latest: public.SeriesPoint | None
    """The latest whole month: the series' last point (``None``: no whole month yet)."""
    current: public.PartialMonth
    """This month so far, marked as such."""
    whole: public.PublicSummary
    series: public.PublicSeries
    reserve: ReserveReport
    """The pilot's proof of reserve, as public as ``/api/v1/reserve``: read live, never
    cached."""


def load_public(
    connection: Connection, area: str | None, program: str | None = None
) -> PublicDashboard:
    """The board from ``public_cache`` (rebuilt when the rollups move on), the reserve
    from the ledger."""
    board = public_cache.public_board(connection, area, program)
    return PublicDashboard(
        latest=board.series.points[-1] if board.series.points else None,
        current=board.current,
        whole=board.whole,
        series=board.series,
        reserve=reserve_report(connection),
    )


def chart_data(series: public.PublicSeries, language: str) -> str:
    """The trend charts' data (baht, ratios; ``null`` for a withheld month), as JSON."""
    points = series.points

    def each(pick: str) -> list[float | None]:
        values: list[float | None] = []
        for point in points:
            figures = point.figures
            if figures is None:
                values.append(None)
            elif pick == "supply":
                values.append(figures.supply_end_satang / 100)
            elif pick == "velocity":
                values.append(figures.velocity)
            else:
                values.append(figures.lm3.value)
        return values

    return json.dumps(
        {
            "labels": [month_label(point.month, language) for point in points],
            "supply": each("supply"),
            "velocity": each("velocity"),
            "lm3": each("lm3"),
        }
    )


@router.get("/circulation")
async def circulation_dashboard(request: Request, area: str = "", program: str = "") -> Response:
    programs = await read(request, list_programs)
    filters = public_filters(area, program, programs, language_of(request))
    if filters.errors:
        return _page(request, None, filters, programs, 422)
    await refresh_capped(request)
    board = await read(request, lambda c: load_public(c, filters.area or None, filters.program_key))
    return _page(request, board, filters, programs)


def _page(
    request: Request,
    board: PublicDashboard | None,
    filters: PublicFilters,
    programs: list[Program],
    status: int = 200,
) -> Response:
    language = language_of(request)
    context = {
        "board": board,
        "filters": filters,
        "choices": area_choices(),
        "programs": programs,
        "area_link": lambda code: page_link("/circulation", filters.params(area=code)),
        "chart": chart_data(board.series, language) if board else "",
        "latest_label": month_label(board.latest.month, language) if board and board.latest else "",
        "meanings": MEANINGS,
        "matrix": flow_matrix(board.whole.cells) if board else None,
        **HELPERS,
    }
    return render(request, "circulation/dashboard.html", context, status_code=status)
