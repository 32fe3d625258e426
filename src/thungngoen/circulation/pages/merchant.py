"""One shop's circulation for the staff (operators, auditors), the drill-down from the
report's shops: its totals for any days and a row per day (or month), with the CSV."""

from dataclasses import replace

from fastapi import APIRouter, Request
from fastapi.responses import Response

from thungngoen.circulation.errors import InvalidPeriod, UnknownMerchant
from thungngoen.circulation.freshness import Freshness, freshness
from thungngoen.circulation.merchant_detail import (
    MerchantCirculationDetail,
    Shop,
    merchant_circulation,
    shop_of,
)
from thungngoen.circulation.merchant_render import (
    MerchantDetailOut,
    merchant_detail_download,
    merchant_detail_out,
)
from thungngoen.circulation.pages.display import (
    HELPERS,
    ReportReaderPage,
    month_label,
    refresh_capped,
)
from thungngoen.circulation.pages.filters import ReportFilters, report_filters
from thungngoen.circulation.render import place_name
from thungngoen.web.error_messages import error_text
from thungngoen.web.i18n import language_of, translate
from thungngoen.web.page_errors import error_page
from thungngoen.web.page_ops import read
from thungngoen.web.paging import page_link
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)
REPORT_PATH = "/console/circulation"
PATH = REPORT_PATH + "/merchant/{merchant_id:int}"


def shop_link(merchant_id: int, filters: ReportFilters, suffix: str = "") -> str:
    """The shop's page (or its CSV or XLSX: ``suffix`` ``.csv``, ``.xlsx``) for the days
    of ``filters``."""
    return page_link(f"{REPORT_PATH}/merchant/{merchant_id}{suffix}", _days(filters))


def _days(filters: ReportFilters) -> dict[str, str]:
    return {"from": filters.first_text, "to": filters.last_text}


async def _detail_or_refusal(
    request: Request, merchant_id: int, filters: ReportFilters
) -> MerchantCirculationDetail | Response:
    """The shop's figures for valid ``filters``; else the page saying why not (the 404
    page for a shop that does not exist)."""
    try:
        shop = await read(request, lambda c: shop_of(c, merchant_id))
    except UnknownMerchant as error:
        return error_page(request, 404, error_text(error, language_of(request)))
    if filters.errors:
        return _page(request, shop, filters, None, 422)
    await refresh_capped(request)
    first, last = filters.first, filters.last
    try:
        return await read(request, lambda c: merchant_circulation(c, merchant_id, first, last))
    except InvalidPeriod as error:
        refused = replace(filters, errors={"from": error_text(error, language_of(request))})
        return _page(request, shop, refused, None, 422)


@router.get(PATH)
async def merchant_page(request: Request, merchant_id: int, user: ReportReaderPage) -> Response:
    filters = report_filters(request)
    found = await _detail_or_refusal(request, merchant_id, filters)
    if isinstance(found, Response):
        return found
    fresh = await read(request, freshness)
    return _page(request, found.shop, filters, merchant_detail_out(found), fresh=fresh)


@router.get(PATH + ".csv")
async def merchant_csv(request: Request, merchant_id: int, user: ReportReaderPage) -> Response:
    return await _download(request, merchant_id, "csv")


@router.get(PATH + ".xlsx")
async def merchant_xlsx(request: Request, merchant_id: int, user: ReportReaderPage) -> Response:
    return await _download(request, merchant_id, "xlsx")


async def _download(request: Request, merchant_id: int, kind: str) -> Response:
    found = await _detail_or_refusal(request, merchant_id, report_filters(request))
    return found if isinstance(found, Response) else merchant_detail_download(found, kind)


def _page(
    request: Request,
    shop: Shop,
    filters: ReportFilters,
    detail: MerchantDetailOut | None,
    status: int = 200,
    fresh: Freshness | None = None,
) -> Response:
    language = language_of(request)
    context = {
        "shop": shop,
        "filters": filters,
        "errors": {name: translate(text, language) for name, text in filters.errors.items()},
        "detail": detail,
        "fresh": fresh,
        "here_link": shop_link(shop.merchant_id, filters),
        "action": f"{REPORT_PATH}/merchant/{shop.merchant_id}",
        "report_link": page_link(REPORT_PATH, _days(filters)),
        "person_link": f"/console/people/merchant/{shop.merchant_id}",
        "csv_link": shop_link(shop.merchant_id, filters, ".csv"),
        "xlsx_link": shop_link(shop.merchant_id, filters, ".xlsx"),
        "place_name": place_name,
        "month_label": lambda month: month_label(month, language),
        **HELPERS,
    }
    return render(request, "circulation/merchant.html", context, status_code=status)
