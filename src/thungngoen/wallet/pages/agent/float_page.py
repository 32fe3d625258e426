"""The agent's cash float: what the ledger says the agent holds for the operator, the
limit the operator set and the room left under it, and today's cash top-ups."""

from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen.clock import utc_now
from thungngoen.thai import thai_day
from thungngoen.wallet.agent_float import Agent, FloatDay, agent_of_user, float_day
from thungngoen.wallet.agent_limits import AgentFloat, float_of_user
from thungngoen.web.page_ops import read
from thungngoen.web.sessions import AgentPage
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True, slots=True)
class FloatView:
    agent: Agent
    limit: AgentFloat
    """The float's balance (cash taken for the operator and not yet handed over), the
    limit and the room left."""
    today: FloatDay

    @property
    def held(self) -> int:
        return self.limit.held


def load_float(connection: Connection, agent_user_id: int) -> FloatView:
    agent = agent_of_user(connection, agent_user_id)
    limit = float_of_user(connection, agent_user_id)
    return FloatView(agent, limit, float_day(connection, agent, thai_day(utc_now())))


@router.get("/agent/float")
async def cash_float(request: Request, user: AgentPage) -> Response:
    view = await read(request, lambda c: load_float(c, user.id))
    return render(request, "wallet/agent/float.html", {"view": view})
