"""The daily closing page: today's top-ups, the cash expected, the cash counted, over or
short, and a printable closing sheet."""

from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen.clock import utc_now
from thungngoen.thai import thai_day
from thungngoen.wallet.agent_closings import Closing, closings_of_day, record_closing
from thungngoen.wallet.agent_float import Agent, FloatDay, agent_of_user, float_day
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import translated
from thungngoen.web.form_values import AmountTexts, typed_amount
from thungngoen.web.idempotency import form_key, new_form_key
from thungngoen.web.page_ops import read, write
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import AgentPage, actor_of
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)

MAX_COUNTED = 10_000_000_000
"""100 million baht: anything above is a typing mistake."""
BAD_COUNT = "Type the cash you counted in baht, for example 1250."
COUNTED = AmountTexts(BAD_COUNT, zero=None, below_zero=BAD_COUNT)


@dataclass(frozen=True, slots=True)
class ClosingView:
    agent: Agent
    today: FloatDay
    closings: list[Closing]
    """Today's, the latest first."""


def load_closing(connection: Connection, agent_user_id: int) -> ClosingView:
    agent = agent_of_user(connection, agent_user_id)
    today = float_day(connection, agent, thai_day(utc_now()))
    return ClosingView(agent, today, closings_of_day(connection, agent, today.day))


async def _page(request: Request, user_id: int, status: int = 200, **context: Any) -> Response:
    view = await read(request, lambda c: load_closing(c, user_id))
    values: dict[str, Any] = {"counted": "", "field_errors": {}, "idempotency_key": new_form_key()}
    return render(
        request, "wallet/agent/closing.html", values | context | {"view": view}, status_code=status
    )


def parse_counted(typed: str) -> int:
    """The cash counted, in satang; ``ValueError`` with the text to show under the field."""
    counted = typed_amount(typed, COUNTED)
    if counted > MAX_COUNTED:
        raise ValueError(BAD_COUNT)
    return counted


@router.get("/agent/closing")
async def closing(request: Request, user: AgentPage) -> Response:
    return await _page(request, user.id)


@router.post("/agent/closing")
async def close_day(request: Request, user: AgentPage, form: CheckedForm) -> Response:
    key = form_key(form)
    typed = form.get("counted", "").strip()
    try:
        counted = parse_counted(typed)
    except ValueError as problem:
        errors = {"counted": translated(request, str(problem))}
        return await _page(
            request, user.id, 422, counted=typed, field_errors=errors, idempotency_key=key
        )

    def close(connection: Connection) -> Closing:
        agent = agent_of_user(connection, user.id)
        return record_closing(connection, agent, counted, key, actor=actor_of(user))

    await write(request, close)
    return see_other(request, "/agent/closing#closing-sheet", flash="Closing recorded.")
