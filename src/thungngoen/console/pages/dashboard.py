"""Operator console: the dashboard. Proof of reserve, the agents' cash floats, the legal
guard (the 182-day average coin float against the exemption's limit), what waits for a
decision, and how many people use the wallet. Operators and auditors."""

from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import ColumnElement, Connection, Table, func, select

from thungngoen import wallet
from thungngoen.clock import utc_now
from thungngoen.console.pages.doors import ConsolePage
from thungngoen.redemption import WARNING_PERCENT, FloatReport, float_report
from thungngoen.wallet import ReserveReport, reserve_report
from thungngoen.wallet.tables import agents, members, merchants, topup_requests
from thungngoen.web.page_ops import read
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True, slots=True)
class AgentFloat:
    name: str
    held: int
    """Cash the agent holds for the operator (the float account's balance)."""


@dataclass(frozen=True, slots=True)
class Dashboard:
    reserve: ReserveReport
    guard: FloatReport
    floats: list[AgentFloat]
    pending_merchants: int
    open_topups: int
    member_count: int
    merchant_count: int
    agent_count: int

    @property
    def floats_total(self) -> int:
        return sum(agent.held for agent in self.floats)

    @property
    def guard_percent(self) -> float:
        """The average float as a percentage of the limit."""
        return self.guard.share_used * 100

    @property
    def guard_percent_text(self) -> str:
        """Two decimals; a float too small to show in them is not shown as zero."""
        if 0 < self.guard_percent < 0.01:
            return "< 0.01"
        return f"{self.guard_percent:.2f}"


def _count(connection: Connection, table: Table, *where: ColumnElement[bool]) -> int:
    query = select(func.count()).select_from(table).where(*where)
    return int(connection.execute(query).scalar_one())


def agent_floats(connection: Connection) -> list[AgentFloat]:
    return [AgentFloat(agent.name, agent.held) for agent in wallet.agent_floats(connection)]


def load_dashboard(connection: Connection) -> Dashboard:
    return Dashboard(
        reserve=reserve_report(connection),
        guard=float_report(connection, utc_now()),
        floats=agent_floats(connection),
        pending_merchants=_count(connection, merchants, merchants.c.status == "pending"),
        open_topups=_count(connection, topup_requests, topup_requests.c.status == "open"),
        member_count=_count(connection, members),
        merchant_count=_count(connection, merchants),
        agent_count=_count(connection, agents),
    )


@router.get("/console")
async def dashboard(request: Request, user: ConsolePage) -> Response:
    board = await read(request, load_dashboard)
    context = {"board": board, "warning_percent": WARNING_PERCENT}
    return render(request, "console/dashboard.html", context)
