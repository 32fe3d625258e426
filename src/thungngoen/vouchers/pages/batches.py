"""``/console/vouchers``: printed voucher batches, issuing one (then its sheet, operator
only: codes are bearer value) and cancelling one (a sheet lost or stolen)."""

from datetime import datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import Response

from thungngoen import vouchers
from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.errors import DomainError
from thungngoen.vouchers import access
from thungngoen.vouchers.pages.sheets import held_sheets, voucher_cards
from thungngoen.wallet import community_funds
from thungngoen.wallet.book import COMMUNITY_FUNDS
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import REQUIRED, FieldErrors, refusal, rejection, translated
from thungngoen.web.form_fields import amount_field
from thungngoen.web.form_values import typed_day
from thungngoen.web.idempotency import form_key_or_new, new_form_key
from thungngoen.web.page_ops import read, write
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import actor_of, page_role
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)
ReaderPage = Annotated[User, Depends(page_role(*access.READERS))]
IssuerPage = Annotated[User, Depends(page_role(*access.ISSUERS))]
"""Declared before the form, so that an auditor's or anyone else's form is never read."""
FIELDS = ("name", "value", "count", "expires_on", "fund_code", "idempotency_key")
FIELD_OF_CODE = {"invalid_amount": "value", "voucher_fund_insufficient": "fund_code"}
BAD_COUNT = "A batch holds between 1 and {most} vouchers."
NOT_A_DAY = "Pick a date."


def last_moment(batch: vouchers.BatchSummary) -> datetime:
    """The batch's last valid moment: its expiry is midnight after the last valid day."""
    return batch.expires_at - timedelta(microseconds=1)


async def _list_page(
    request: Request, user: User, values: dict[str, str], errors: FieldErrors, status: int = 200
) -> Response:
    batches, funds = await read(
        request, lambda c: (vouchers.voucher_batch_summaries(c), community_funds(c))
    )
    context = {
        "batches": batches,
        "funds": funds,
        "fund_names": COMMUNITY_FUNDS,
        "printable": held_sheets(request).printable_for(user),
        "may_act": access.may_issue(user),
        "values": values,
        "field_errors": errors,
        "issue_failed": any(not name.startswith("reason-") for name in errors),
        "most": vouchers.MAX_BATCH_SIZE,
        "last_moment": last_moment,
    }
    return render(request, "vouchers/batches.html", context, status_code=status)


@router.get("/console/vouchers")
async def vouchers_page(request: Request, user: ReaderPage) -> Response:
    values = dict.fromkeys(FIELDS, "") | {"idempotency_key": new_form_key()}
    return await _list_page(request, user, values, {})


def _batch_ask(request: Request, values: dict[str, str]) -> tuple[dict[str, Any], FieldErrors]:
    """The batch typed (value in satang, count, expiry day), or the fields to fix."""
    errors: FieldErrors = {}
    for name in ("name", "count", "expires_on", "fund_code"):
        if not values[name]:
            errors[name] = translated(request, REQUIRED)
    value = amount_field(request, values, "value", errors, required=True)
    count = int(values["count"]) if values["count"].isdigit() else 0
    if "count" not in errors and not 0 < count <= vouchers.MAX_BATCH_SIZE:
        most = f"{vouchers.MAX_BATCH_SIZE:,}"
        errors["count"] = translated(request, BAD_COUNT).format(most=most)
    expires_on = typed_day(values["expires_on"])
    if expires_on is None:
        errors.setdefault("expires_on", translated(request, NOT_A_DAY))
    ask = {"name": values["name"], "value": value, "count": count, "expires_on": expires_on}
    return ask | {"fund_code": values["fund_code"]}, errors


@router.post("/console/vouchers")
async def issue_batch(request: Request, user: IssuerPage, form: CheckedForm) -> Response:
    values = {name: form.get(name, "").strip() for name in FIELDS}
    key = form_key_or_new(values)
    values["idempotency_key"] = key
    sheets = held_sheets(request)
    if (earlier := sheets.batch_for_key(user.id, key)) is not None:
        return see_other(request, f"/console/vouchers/{earlier}/sheet")
    ask, errors = _batch_ask(request, values)
    if errors:
        return await _list_page(request, user, values, errors, 422)
    try:
        generated = await write(
            request,
            lambda c: vouchers.generate_voucher_batch(
                c, **ask, idempotency_key=key, actor=actor_of(user), now=utc_now()
            ),
        )
    except DomainError as error:
        if (earlier := sheets.batch_for_key(user.id, key)) is not None:
            return see_other(request, f"/console/vouchers/{earlier}/sheet")
        return await _list_page(request, user, values, refusal(request, error, FIELD_OF_CODE), 422)
    sheets.hold(user.id, key, generated)
    flash = "Batch issued: print the sheet now, the codes are shown only for a short while."
    return see_other(request, f"/console/vouchers/{generated.batch_id}/sheet", flash=flash)


@router.get("/console/vouchers/{batch_id:id}/sheet")
async def batch_sheet(request: Request, user: IssuerPage, batch_id: int) -> Response:
    try:
        summary = await read(request, lambda c: vouchers.voucher_batch_summary(c, batch_id))
    except vouchers.UnknownVoucherBatch:
        raise HTTPException(status_code=404) from None
    generated = held_sheets(request).sheet(batch_id, user)
    context = {
        "summary": summary,
        "cards": voucher_cards(generated) if generated else None,
        "nav": [],
        "last_moment": last_moment,
    }
    response = render(request, "vouchers/sheet.html", context)
    response.headers["Cache-Control"] = "no-store"
    return response


@router.post("/console/vouchers/{batch_id:id}/cancel")
async def cancel_batch(
    request: Request, user: IssuerPage, form: CheckedForm, batch_id: int
) -> Response:
    field = f"reason-{batch_id}"
    reason = form.get(field, "").strip()
    values = dict.fromkeys(FIELDS, "") | {"idempotency_key": new_form_key()}
    if not reason:
        return await _list_page(request, user, values, {field: translated(request, REQUIRED)}, 422)
    try:
        await write(
            request,
            lambda c: vouchers.cancel_voucher_batch(
                c, batch_id, reason=reason, actor=actor_of(user), now=utc_now()
            ),
        )
    except vouchers.UnknownVoucherBatch:
        raise HTTPException(status_code=404) from None
    except DomainError as error:
        summary = await read(request, lambda c: vouchers.voucher_batch_summary(c, batch_id))
        if summary.status != "cancelled":  # else cancelled already: a double submit
            errors = {field: rejection(request, error)}
            return await _list_page(request, user, values, errors, 422)
    flash = "Batch cancelled: its unredeemed value went back to the fund."
    return see_other(request, "/console/vouchers", flash=flash)
