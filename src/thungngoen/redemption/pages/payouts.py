"""``/console/payouts``: the baht owed to shops for their redemptions, waiting for a batch,
and the batches; the operator gathers everything waiting into a new batch."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from thungngoen import redemption
from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.errors import DomainError
from thungngoen.redemption import access
from thungngoen.redemption.pages.payout_queries import batch_rows, payout_lines
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import FieldErrors, rejection
from thungngoen.web.page_ops import read, write
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import actor_of, page_role
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)
WatcherPage = Annotated[User, Depends(page_role(*access.WATCHERS))]
OperatorPage = Annotated[User, Depends(page_role(*access.OPERATORS))]


async def _payouts_page(
    request: Request, user: User, errors: FieldErrors | None = None, status: int = 200
) -> Response:
    queued, batches = await read(request, lambda c: (payout_lines(c, None), batch_rows(c)))
    context = {
        "queued": queued,
        "queued_total": sum(line.amount for line in queued),
        "batches": batches,
        "may_act": access.may_act(user),
        "field_errors": errors or {},
    }
    return render(request, "redemption/payouts.html", context, status_code=status)


@router.get("/console/payouts")
async def payouts_page(request: Request, user: WatcherPage) -> Response:
    return await _payouts_page(request, user)


@router.post("/console/payouts")
async def create_batch(request: Request, user: OperatorPage, form: CheckedForm) -> Response:
    try:
        batch = await write(
            request, lambda c: redemption.create_payout_batch(c, actor_of(user), utc_now())
        )
    except DomainError as error:
        return await _payouts_page(request, user, {"form": rejection(request, error)}, 422)
    flash = "Payout batch created: download the bank file."
    return see_other(request, f"/console/payouts/{batch.id}", flash=flash)
