"""``/console/funds/{code}``: one fund's statement, newest first — redemption fees,
donations and grants in, events and voucher batches out — a page at a time."""

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from thungngoen.wallet import book
from thungngoen.wallet.fund_statement import fund_statement
from thungngoen.web.page_ops import read
from thungngoen.web.paging import cursor, page_link
from thungngoen.web.sessions import StaffPage
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)
PAGE = 50


@router.get("/console/funds/{fund_code}")
async def statement_page(request: Request, fund_code: str, user: StaffPage) -> Response:
    if fund_code not in book.COMMUNITY_FUNDS:
        raise HTTPException(status_code=404)
    before = cursor(request.query_params.get("before", ""))
    found = await read(request, lambda c: fund_statement(c, fund_code, PAGE, before))
    older = None
    if found.next_before is not None:
        older = page_link(f"/console/funds/{fund_code}", {"before": found.next_before})
    context = {"statement": found, "older": older}
    return render(request, "wallet/funds/statement.html", context)
