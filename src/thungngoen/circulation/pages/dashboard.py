"""The public circulation dashboard: what the public JSON API serves (whole Thai months,
aggregates only, small areas and cells withheld), for the latest month and the whole
pilot, with monthly trends. No login; nothing that identifies a member."""

import json
from dataclasses import dataclass
from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen.circulation import public
from thungngoen.circulation.areas import parse_area
from thungngoen.circulation.days import next_month
from thungngoen.circulation.pages.display import HELPERS, month_label, refresh_capped
from thungngoen.circulation.pages.places import area_choices
from thungngoen.errors import DomainError
from thungngoen.wallet.reserve import ReserveReport, reserve_report
from thungngoen.web.error_messages import error_text
from thungngoen.web.i18n import language_of
from thungngoen.web.page_ops import read
from thungngoen.web.paging import page_link
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True, slots=True)
class PublicDashboard:
    latest: public.PublicSummary
    whole: public.PublicSummary
    series: public.PublicSeries
    reserve: ReserveReport
    """The pilot's proof of reserve, as public as ``/api/v1/reserve``."""


def series_start(first: date, last: date) -> date:
    """The first month of the trend: at most the API's ``MAX_MONTHS`` ending at ``last``."""
    months = [first]
    while months[-1] < last:
        months.append(next_month(months[-1]))
    return months[-min(len(months), public.MAX_MONTHS)]


def load_public(connection: Connection, area: str | None) -> PublicDashboard:
    first, last = public.months(connection, None, None)
    start = series_start(first, last.replace(day=1))
    latest = f"{last:%Y-%m}"
    return PublicDashboard(
        latest=public.public_summary(connection, latest, latest, area),
        whole=public.public_summary(connection, None, None, area),
        series=public.public_series(connection, f"{start:%Y-%m}", latest, area),
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
async def circulation_dashboard(request: Request, area: str = "") -> Response:
    language = language_of(request)
    chosen = area.strip() or None
    try:
        parse_area(chosen)
    except DomainError as error:
        return _page(request, None, area, error_text(error, language), 422)
    await refresh_capped(request)
    board = await read(request, lambda c: load_public(c, chosen))
    return _page(request, board, area)


def _page(
    request: Request,
    board: PublicDashboard | None,
    area: str,
    error: str | None = None,
    status: int = 200,
) -> Response:
    language = language_of(request)
    context = {
        "board": board,
        "area": area,
        "error": error,
        "choices": area_choices(),
        "area_link": lambda code: page_link("/circulation", {"area": code}),
        "chart": chart_data(board.series, language) if board else "",
        "latest_label": month_label(board.latest.period_from, language) if board else "",
        **HELPERS,
    }
    return render(request, "circulation/dashboard.html", context, status_code=status)
