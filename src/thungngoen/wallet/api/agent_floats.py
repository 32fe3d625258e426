"""Agents' floats: the staff see every agent's float against its limit; the operator sets
the limit and records the cash an agent hands over (``access.FLOAT_OPERATORS``)."""

from typing import Annotated

from fastapi import APIRouter, Depends

from thungngoen.auth.users import User
from thungngoen.db import read_transaction, write_transaction
from thungngoen.wallet import access
from thungngoen.wallet.agent_limits import agent_floats, set_float_limit
from thungngoen.wallet.api.schemas import AgentFloatOut, FloatLimitIn, HandoverIn, HandoverOut
from thungngoen.wallet.handovers import record_handover
from thungngoen.web.api_fields import Id
from thungngoen.web.deps import EngineDep, IdempotencyKey, StaffUser, require_role

router = APIRouter(prefix="/api/v1/agents", tags=["operator"])

FloatOperator = Annotated[User, Depends(require_role(*access.FLOAT_OPERATORS))]


@router.get("")
def list_agent_floats(user: StaffUser, engine: EngineDep) -> list[AgentFloatOut]:
    with read_transaction(engine) as connection:
        return [AgentFloatOut.of(agent) for agent in agent_floats(connection)]


@router.put("/{agent_id}/float-limit")
def put_float_limit(
    agent_id: Id, body: FloatLimitIn, user: FloatOperator, engine: EngineDep
) -> AgentFloatOut:
    limit, actor = body.float_limit_satang, f"user:{user.id}"
    agent = write_transaction(engine, lambda c: set_float_limit(c, agent_id, limit, actor))
    return AgentFloatOut.of(agent)


@router.post("/{agent_id}/handovers", status_code=201)
def post_handover(
    agent_id: Id, body: HandoverIn, user: FloatOperator, engine: EngineDep, key: IdempotencyKey
) -> HandoverOut:
    """The agent handed ``amount_satang`` of the operator's cash over and it is banked."""
    handover = write_transaction(
        engine,
        lambda c: record_handover(
            c,
            agent_id=agent_id,
            amount=body.amount_satang,
            idempotency_key=key,
            actor=f"user:{user.id}",
            reference=body.reference,
        ),
    )
    return HandoverOut.of(handover)
