"""``/notify/deliveries``: the staff's delivery log — every message on every channel
with its status and, for the dead ones, the reason and a retry button (operators only;
auditors read it and change nothing)."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.communication import access
from thungngoen.communication.delivery import retry_dead
from thungngoen.communication.log import delivery_log
from thungngoen.communication.texts import STATUS_LABELS
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.page_ops import read, write
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.paging import cursor
from thungngoen.web.sessions import actor_of, page_role
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)
Staff = Annotated[User, Depends(page_role(*access.DELIVERY_READERS))]
Operator = Annotated[User, Depends(page_role(*access.OPERATORS))]


@router.get("/notify/deliveries")
async def deliveries_page(request: Request, user: Staff) -> Response:
    status = request.query_params.get("status")
    shown = status if status in STATUS_LABELS else None
    before = cursor(request.query_params.get("before", ""))
    rows = await read(request, lambda c: delivery_log(c, status=shown, before=before))
    context = {
        "rows": rows,
        "status": shown,
        "status_labels": STATUS_LABELS,
        "may_retry": user.role in access.OPERATORS,
    }
    return render(request, "communication/deliveries.html", context)


@router.post("/notify/deliveries/{delivery_id:id}/retry")
async def retry(request: Request, delivery_id: int, user: Operator, form: CheckedForm) -> Response:
    actor = actor_of(user)
    await write(request, lambda c: retry_dead(c, delivery_id, utc_now(), actor))
    return see_other(request, "/notify/deliveries?status=dead", flash="Queued again.")
