"""``POST /console/circulation/refresh``: the staff bring the report's figures up to the
ledger's latest transfer (a view adds at most the API's cap; this adds everything), then
see the report (or the shop's page) again with the same filters. Doing it twice changes nothing."""

from urllib.parse import urlsplit

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from thungngoen.circulation.freshness import catch_up
from thungngoen.circulation.pages.display import ReportReaderPage
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.page_ops import engine_of
from thungngoen.web.pages.redirects import see_other

router = APIRouter(include_in_schema=False)
REPORT = "/console/circulation"
FLASH = "The figures now include every transfer."


@router.post(REPORT + "/refresh")
async def refresh_report(request: Request, user: ReportReaderPage, form: CheckedForm) -> Response:
    await run_in_threadpool(catch_up, engine_of(request))
    return see_other(request, _back(form.get("back", "")), flash=FLASH)


def _back(target: str) -> str:
    """The report page the form came from, with its filters; any other target is the
    report itself (no open redirect)."""
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or "\\" in target or ".." in parts.path:
        return REPORT
    if parts.path != REPORT and not parts.path.startswith(REPORT + "/merchant/"):
        return REPORT
    return f"{parts.path}?{parts.query}" if parts.query else parts.path
