"""Agents' cash top-ups and floats, and the reserve (``api.agents``, ``api.reserve``)."""

from datetime import datetime

from pydantic import BaseModel, Field

from thungngoen.wallet.agent_limits import AgentFloat
from thungngoen.wallet.handovers import Handover
from thungngoen.web.api_fields import (
    ApiModel,
    Phone,
    Satang,
)


class CashTopUp(ApiModel):
    member_phone: Phone
    amount_satang: int = Satang


class AgentFloatOut(BaseModel):
    """An agent's float against the limit the operator set."""

    agent_id: int
    name: str
    float_limit_satang: int
    float_satang: int
    """Cash the agent holds for the operator, not yet handed over."""
    room_satang: int
    """Cash top-ups the agent may still take."""

    @classmethod
    def of(cls, agent: AgentFloat) -> "AgentFloatOut":
        return cls(
            agent_id=agent.agent_id,
            name=agent.name,
            float_limit_satang=agent.float_limit,
            float_satang=agent.held,
            room_satang=agent.room,
        )


class FloatLimitIn(ApiModel):
    float_limit_satang: int = Satang


class HandoverIn(ApiModel):
    amount_satang: int = Satang
    reference: str = Field("", max_length=60, description="The bank's deposit slip, if any.")


class HandoverOut(BaseModel):
    transfer_id: int
    amount_satang: int
    reference: str
    created_at: datetime
    agent: AgentFloatOut
    """The agent's float after the hand-over."""

    @classmethod
    def of(cls, handover: Handover) -> "HandoverOut":
        transfer = handover.transfer
        return cls(
            transfer_id=transfer.id,
            amount_satang=transfer.amount,
            reference=str((transfer.metadata or {}).get("reference", "")),
            created_at=transfer.created_at,
            agent=AgentFloatOut.of(handover.agent),
        )


class Reserve(BaseModel):
    coin_outstanding_satang: int
    baht_backing_satang: int
    baht_in_bank_satang: int
    """The bank's baht that backs coin (less payouts owed and the community funds)."""
    cash_at_agents_satang: int
    """Cash the agents hold for the operator, not yet handed over."""
    balanced: bool
    """Coin outstanding = baht backing = in the bank + at the agents."""
