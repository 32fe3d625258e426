"""Operator console: the agents and their cash floats. Each agent's limit, the cash held
for the operator and the room left; the operator sets a limit and records a hand-over
(the agent's cash, banked). Auditors look (``access.may_act``)."""

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from thungngoen.auth.users import User
from thungngoen.console import access
from thungngoen.console.pages.doors import ConsoleAction, ConsolePage
from thungngoen.errors import DomainError
from thungngoen.wallet import agent_floats, record_handover, reserve_report, set_float_limit
from thungngoen.wallet.errors import UnknownAgent
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import FieldErrors, rejection, translated
from thungngoen.web.form_values import AmountTexts, typed_amount
from thungngoen.web.idempotency import form_key, new_form_key
from thungngoen.web.page_ops import read, write
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import actor_of
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)

RowErrors = dict[int, FieldErrors]
NOT_AN_AMOUNT = "Type an amount in baht, for example 20000."
AMOUNT = AmountTexts(NOT_AN_AMOUNT, zero="Type more than 0 baht.", below_zero=NOT_AN_AMOUNT)


@router.get("/console/agents")
async def agent_list(request: Request, user: ConsolePage) -> Response:
    return await _agents_page(request, user)


@router.post("/console/agents/{agent_id:id}/float-limit")
async def float_limit(
    request: Request, agent_id: int, user: ConsoleAction, form: CheckedForm
) -> Response:
    typed, actor = form.get("float_limit", ""), actor_of(user)
    try:
        limit = typed_amount(typed, AMOUNT)
    except ValueError as mistake:
        errors = {"float_limit": translated(request, str(mistake))}
        return await _agents_page(request, user, {agent_id: errors}, {"float_limit": typed})
    try:
        await write(request, lambda c: set_float_limit(c, agent_id, limit, actor))
    except UnknownAgent:
        raise HTTPException(status_code=404) from None
    except DomainError as error:
        errors = {"float_limit": rejection(request, error)}
        return await _agents_page(request, user, {agent_id: errors}, {"float_limit": typed})
    return see_other(request, f"/console/agents#agent-{agent_id}", flash="The float limit is set.")


@router.post("/console/agents/{agent_id:id}/handovers")
async def handover(
    request: Request, agent_id: int, user: ConsoleAction, form: CheckedForm
) -> Response:
    key, actor = form_key(form), actor_of(user)
    typed, reference = form.get("amount", ""), form.get("reference", "")
    kept = {"amount": typed, "reference": reference, "idempotency_key": key}
    try:
        amount = typed_amount(typed, AMOUNT)
    except ValueError as mistake:
        errors = {"amount": translated(request, str(mistake))}
        return await _agents_page(request, user, {agent_id: errors}, kept)
    try:
        await write(
            request,
            lambda c: record_handover(
                c,
                agent_id=agent_id,
                amount=amount,
                idempotency_key=key,
                actor=actor,
                reference=reference,
            ),
        )
    except UnknownAgent:
        raise HTTPException(status_code=404) from None
    except DomainError as error:
        field = "reference" if error.code == "reference_too_long" else "amount"
        errors = {field: rejection(request, error)}
        return await _agents_page(request, user, {agent_id: errors}, kept)
    flash = "The hand-over is recorded: the cash is in the bank."
    return see_other(request, f"/console/agents#agent-{agent_id}", flash=flash)


async def _agents_page(
    request: Request,
    user: User,
    errors: RowErrors | None = None,
    typed: dict[str, str] | None = None,
) -> Response:
    agents, reserve = await read(request, lambda c: (agent_floats(c), reserve_report(c)))
    context: dict[str, Any] = {
        "agents": agents,
        "reserve": reserve,
        "can_act": access.may_act(user),
        "row_errors": errors or {},
        "typed": typed or {},
        "new_key": new_form_key(),
    }
    status = 422 if errors else 200
    return render(request, "console/agents.html", context, status_code=status)
