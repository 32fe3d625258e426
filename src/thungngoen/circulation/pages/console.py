"""The staff's circulation report (operators, auditors): every measure for any days,
program and area, the flows between sub-districts, the shops by local re-spend, with
drill-down links and the CSV the CLI and API give."""

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TypeVar

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen.circulation.freshness import Freshness, freshness
from thungngoen.circulation.measures import CirculationReport, circulation_report
from thungngoen.circulation.pages.display import HELPERS, ReportReaderPage, refresh_capped
from thungngoen.circulation.pages.filters import FIELD_OF_ERROR, ReportFilters, report_filters
from thungngoen.circulation.pages.merchant import shop_link
from thungngoen.circulation.pages.places import area_choices
from thungngoen.circulation.render import ReportOut, place_name, report_download, report_out
from thungngoen.errors import DomainError
from thungngoen.wallet import Program, list_programs
from thungngoen.web.error_messages import error_text
from thungngoen.web.i18n import language_of, translate
from thungngoen.web.page_ops import read
from thungngoen.web.paging import page_link
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)
PATH = "/console/circulation"
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class StaffReport:
    report: ReportOut
    programs: list[Program]
    freshness: Freshness


def _report(connection: Connection, filters: ReportFilters) -> CirculationReport:
    return circulation_report(
        connection,
        first=filters.first,
        last=filters.last,
        area=filters.area or None,
        program=filters.program or None,
    )


def load_staff_report(connection: Connection, filters: ReportFilters) -> StaffReport:
    fresh = freshness(connection)
    return StaffReport(
        report_out(_report(connection, filters), fresh), list_programs(connection), fresh
    )


async def _read_or_refuse(
    request: Request, filters: ReportFilters, load: Callable[[Connection], T]
) -> T | Response:
    """What ``load`` reads for valid ``filters``, or the page showing why it cannot."""
    if filters.errors:
        return _page(request, filters, None, 422)
    await refresh_capped(request)
    try:
        return await read(request, load)
    except DomainError as error:
        return _page(request, _with_error(request, filters, error), None, 422)


@router.get(PATH)
async def circulation_report_page(request: Request, user: ReportReaderPage) -> Response:
    filters = report_filters(request)
    found = await _read_or_refuse(request, filters, lambda c: load_staff_report(c, filters))
    return found if isinstance(found, Response) else _page(request, filters, found)


@router.get(PATH + ".csv")
async def circulation_report_csv(request: Request, user: ReportReaderPage) -> Response:
    return await _download(request, "csv")


@router.get(PATH + ".xlsx")
async def circulation_report_xlsx(request: Request, user: ReportReaderPage) -> Response:
    return await _download(request, "xlsx")


async def _download(request: Request, kind: str) -> Response:
    filters = report_filters(request)
    report = await _read_or_refuse(request, filters, lambda c: _report(c, filters))
    if isinstance(report, Response):
        return report
    return report_download(report, kind)


def _with_error(request: Request, filters: ReportFilters, error: DomainError) -> ReportFilters:
    name = FIELD_OF_ERROR.get(type(error), "from")
    text = error_text(error, language_of(request))
    return replace(filters, errors={name: text})


def _page(
    request: Request, filters: ReportFilters, found: StaffReport | None, status: int = 200
) -> Response:
    language = language_of(request)
    errors = {name: translate(text, language) for name, text in filters.errors.items()}

    def link(**changed: str) -> str:
        return page_link(PATH, filters.params(**changed))

    context = {
        "filters": filters,
        "errors": errors,
        "found": found,
        "choices": area_choices(),
        "link": link,
        "area_link": lambda code: link(area=code),
        "shop_link": lambda merchant_id: shop_link(merchant_id, filters),
        "csv_link": page_link(PATH + ".csv", filters.params()),
        "here_link": link(),
        "xlsx_link": page_link(PATH + ".xlsx", filters.params()),
        "place_name": place_name,
        **HELPERS,
    }
    return render(request, "circulation/console.html", context, status_code=status)
