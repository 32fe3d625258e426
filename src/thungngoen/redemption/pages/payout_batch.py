"""``/console/payouts/{id}``: one batch and its lines, its bank file (CSV) and the same
lines as an XLSX to read (operator only: they hold the shops' full PromptPay IDs and
accounts) and marking it paid with the bank's reference (the same reference again
changes nothing)."""

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import Response

from thungngoen import redemption
from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.errors import DomainError
from thungngoen.exports import CSV_MEDIA_TYPE
from thungngoen.redemption import access
from thungngoen.redemption.pages.payout_queries import payout_lines
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.downloads import spreadsheet_download
from thungngoen.web.form_errors import REQUIRED, FieldErrors, rejection, translated
from thungngoen.web.page_ops import read, write
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import actor_of, page_role
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)
WatcherPage = Annotated[User, Depends(page_role(*access.WATCHERS))]
OperatorPage = Annotated[User, Depends(page_role(*access.OPERATORS))]


async def _batch_page(
    request: Request,
    user: User,
    batch_id: int,
    errors: FieldErrors | None = None,
    typed: str = "",
    status: int = 200,
) -> Response:
    try:
        batch, lines = await read(
            request,
            lambda c: (redemption.get_payout_batch(c, batch_id), payout_lines(c, batch_id)),
        )
    except redemption.UnknownPayoutBatch:
        raise HTTPException(status_code=404) from None
    context = {
        "batch": batch,
        "lines": lines,
        "may_act": access.may_act(user),
        "field_errors": errors or {},
        "typed_reference": typed,
    }
    return render(request, "redemption/payout_batch.html", context, status_code=status)


@router.get("/console/payouts/{batch_id:id}.csv")
async def batch_file(request: Request, user: OperatorPage, batch_id: int) -> Response:
    try:
        content = await read(request, lambda c: redemption.payout_batch_csv(c, batch_id))
    except redemption.UnknownPayoutBatch:
        raise HTTPException(status_code=404) from None
    headers = {
        "Content-Disposition": f'attachment; filename="payout-batch-{batch_id}.csv"',
        "Cache-Control": "no-store",
    }
    return Response(content, media_type=CSV_MEDIA_TYPE, headers=headers)


@router.get("/console/payouts/{batch_id:id}.xlsx")
async def batch_sheet(request: Request, user: OperatorPage, batch_id: int) -> Response:
    """The bank file's lines as an XLSX for people to read (the CSV stays the bank's)."""
    try:
        rows = await read(request, lambda c: redemption.payout_batch_rows(c, batch_id))
    except redemption.UnknownPayoutBatch:
        raise HTTPException(status_code=404) from None
    return spreadsheet_download(rows, f"payout-batch-{batch_id}", "xlsx", "payout")


@router.get("/console/payouts/{batch_id:id}")
async def batch_page(request: Request, user: WatcherPage, batch_id: int) -> Response:
    return await _batch_page(request, user, batch_id)


@router.post("/console/payouts/{batch_id:id}/paid")
async def mark_paid(
    request: Request, user: OperatorPage, form: CheckedForm, batch_id: int
) -> Response:
    reference = form.get("bank_reference", "").strip()
    if not reference:
        errors = {"bank_reference": translated(request, REQUIRED)}
        return await _batch_page(request, user, batch_id, errors, status=422)
    try:
        await write(
            request,
            lambda c: redemption.mark_batch_paid(c, batch_id, actor_of(user), utc_now(), reference),
        )
    except DomainError as error:
        errors = {"bank_reference": rejection(request, error)}
        return await _batch_page(request, user, batch_id, errors, reference, 422)
    flash = "Payout batch marked paid."
    return see_other(request, f"/console/payouts/{batch_id}", flash=flash)
