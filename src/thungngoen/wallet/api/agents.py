"""Agents (exchange points): cash top-ups, within the float limit, and their own float."""

from fastapi import APIRouter

from thungngoen.db import read_transaction, write_transaction
from thungngoen.wallet.agent_limits import float_of_user
from thungngoen.wallet.api.schemas import AgentFloatOut, CashTopUp, TransferOut
from thungngoen.wallet.topups import cash_topup_by_phone
from thungngoen.web.deps import AgentUser, EngineDep, IdempotencyKey

router = APIRouter(prefix="/api/v1/agent", tags=["agents"])


@router.post("/topups", status_code=201)
def top_up(body: CashTopUp, user: AgentUser, engine: EngineDep, key: IdempotencyKey) -> TransferOut:
    legs = write_transaction(
        engine,
        lambda c: cash_topup_by_phone(
            c,
            agent_user_id=user.id,
            member_phone=body.member_phone,
            amount=body.amount_satang,
            idempotency_key=key,
        ),
    )
    return TransferOut.of(legs[-1])


@router.get("/float")
def my_float(user: AgentUser, engine: EngineDep) -> AgentFloatOut:
    """The cash the agent holds for the operator, the limit, and the room left."""
    with read_transaction(engine) as connection:
        return AgentFloatOut.of(float_of_user(connection, user.id))
