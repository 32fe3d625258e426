"""The operator's actions on a person: freeze or unfreeze the wallet, reset the PIN."""

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen import ledger
from thungngoen.auth import pins
from thungngoen.console.pages.doors import ConsoleAction
from thungngoen.console.pages.person_page import (
    MAX_REASON,
    load_person,
    person_path,
    render_person,
)
from thungngoen.errors import DomainError
from thungngoen.wallet import change_account_status
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import in_language, rejection
from thungngoen.web.page_ops import write
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import actor_of

router = APIRouter(include_in_schema=False)

WALLET_DONE = {"frozen": "The wallet is frozen.", "active": "The wallet is active again."}


@router.post("/console/people/{kind}/{person_id:id}/wallet")
async def wallet_status(
    request: Request, kind: str, person_id: int, user: ConsoleAction, form: CheckedForm
) -> Response:
    person = await load_person(request, kind, person_id)
    status, reason = form.get("status", ""), form.get("reason", "").strip()
    errors = in_language(request, wallet_form_errors(status, reason))
    if not errors:
        account_id, actor = person.account.id, actor_of(user)
        try:
            await write(request, lambda c: set_wallet_status(c, account_id, status, actor, reason))
        except DomainError as error:
            errors = {"status": rejection(request, error)}
    if errors:
        return render_person(request, user, person, errors, reason)
    return see_other(request, person_path(kind, person_id), flash=WALLET_DONE[status])


@router.post("/console/people/{kind}/{person_id:id}/pin-reset")
async def pin_reset(
    request: Request, kind: str, person_id: int, user: ConsoleAction, form: CheckedForm
) -> Response:
    person = await load_person(request, kind, person_id)
    user_id, actor = person.user.id, actor_of(user)
    await write(request, lambda c: pins.reset_pin(c, user_id, actor=actor))
    flash = "The PIN is cleared: the member sets a new one."
    return see_other(request, person_path(kind, person_id), flash=flash)


def wallet_form_errors(status: str, reason: str) -> dict[str, str]:
    """English texts of what is wrong with a freeze or unfreeze form, by field."""
    errors = {}
    if status not in WALLET_DONE:
        errors["status"] = "Choose to freeze or to unfreeze the wallet."
    if not reason:
        errors["reason"] = "Give the reason: it is kept in the audit log."
    elif len(reason) > MAX_REASON:
        errors["reason"] = "Keep the reason under 200 characters."
    return errors


def set_wallet_status(
    connection: Connection, account_id: int, status: str, actor: str, reason: str
) -> None:
    """A second submit of the same form changes (and audits) nothing."""
    if ledger.get_account(connection, account_id).status != status:
        change_account_status(connection, account_id, status, actor, reason)
