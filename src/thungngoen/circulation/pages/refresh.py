"""``POST /console/circulation/refresh``: the staff bring the report's figures up to the
ledger's latest transfer (a view adds at most the API's cap; this adds everything), then
see the report again with the same filters. Doing it twice changes nothing."""

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


@router.post(REPORT + "/refresh")
async def refresh_report(request: Request, user: ReportReaderPage, form: CheckedForm) -> Response:
    await run_in_threadpool(catch_up, engine_of(request))
    query = request.url.query
    back = f"{REPORT}?{query}" if query else REPORT
    return see_other(request, back, flash="The figures now include every transfer.")
