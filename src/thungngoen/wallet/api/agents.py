"""Agents (exchange points): cash top-ups."""

from fastapi import APIRouter

from thungngoen.db import write_transaction
from thungngoen.wallet.api.schemas import CashTopUp, TransferOut
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
