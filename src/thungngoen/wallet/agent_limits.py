"""Agents' float limits: how much cash an agent may hold for the operator.

An agent's float (``thb:agent:<user>``) is the operator's cash in the agent's drawer: the
agent owes it until it is handed over (``handovers``). Coin minted against it is backed
by an IOU, so the operator caps it per agent, as mobile-money operators cap an agent's
float. A cash top-up that would take the float past the limit is refused
(``topups.refuse_past_limit``), atomically with its posting; see
docs/decisions/0020-agent-float-limits.md.
"""

from dataclasses import dataclass

from sqlalchemy import Connection, RowMapping, select, update

from thungngoen import audit, ledger
from thungngoen.wallet import errors
from thungngoen.wallet.tables import DEFAULT_FLOAT_LIMIT as DEFAULT_FLOAT_LIMIT
from thungngoen.wallet.tables import agents
from thungngoen.wallet.topups import MAX_TOPUP, check_amount

MAX_FLOAT_LIMIT = 100 * MAX_TOPUP
"""5 million baht: no one agent is trusted with more of the operator's cash."""


@dataclass(frozen=True, slots=True)
class AgentFloat:
    """An agent's float against its limit, as the ledger has it now."""

    agent_id: int
    user_id: int
    name: str
    float_account_id: int
    float_limit: int
    held: int
    """Cash held for the operator: the float account's balance."""

    @property
    def room(self) -> int:
        """Cash top-ups the agent may still take before handing cash over."""
        return max(0, self.float_limit - self.held)


_COLUMNS = (
    agents.c.id.label("agent_id"),
    agents.c.user_id,
    agents.c.name,
    agents.c.float_account_id,
    agents.c.float_limit,
)


def _with_balance(connection: Connection, row: RowMapping) -> AgentFloat:
    held = ledger.balance(connection, row["float_account_id"])
    return AgentFloat(**row, held=held)


def agent_floats(connection: Connection) -> list[AgentFloat]:
    """Every agent's float and limit, by name."""
    rows = connection.execute(select(*_COLUMNS).order_by(agents.c.name, agents.c.id)).mappings()
    return [_with_balance(connection, row) for row in rows]


def float_of_agent(connection: Connection, agent_id: int) -> AgentFloat:
    row = connection.execute(select(*_COLUMNS).where(agents.c.id == agent_id)).mappings().first()
    if row is None:
        raise errors.UnknownAgent(f"agent {agent_id} does not exist")
    return _with_balance(connection, row)


def float_of_user(connection: Connection, user_id: int) -> AgentFloat:
    """The float of the agent this login belongs to."""
    query = select(*_COLUMNS).where(agents.c.user_id == user_id)
    row = connection.execute(query).mappings().first()
    if row is None:
        raise errors.UnknownAgent("this login is not an agent's")
    return _with_balance(connection, row)


def set_float_limit(connection: Connection, agent_id: int, limit: int, actor: str) -> AgentFloat:
    """The operator sets the agent's limit (audited). A limit below what the agent holds
    stands: top-ups are refused until the agent hands cash over."""
    check_amount(limit, MAX_FLOAT_LIMIT)
    query = select(agents.c.float_limit).where(agents.c.id == agent_id).with_for_update()
    before = connection.execute(query).scalar()
    if before is None:
        raise errors.UnknownAgent(f"agent {agent_id} does not exist")
    if before != limit:
        connection.execute(update(agents).where(agents.c.id == agent_id).values(float_limit=limit))
        audit.record(
            connection,
            actor=actor,
            action="agent.float_limit",
            subject_type="agent",
            subject_id=agent_id,
            before={"float_limit": before},
            after={"float_limit": limit},
        )
    return float_of_agent(connection, agent_id)
