"""Agents (exchange points): cash top-ups."""

from fastapi import APIRouter
from pydantic import BaseModel
from sqlalchemy import Connection, select

from thungngoen.auth.users import find_by_phone
from thungngoen.db import write_transaction
from thungngoen.wallet import errors
from thungngoen.wallet.api.schemas import Satang, TransferOut
from thungngoen.wallet.people import member_for_user
from thungngoen.wallet.tables import agents
from thungngoen.wallet.topups import cash_topup
from thungngoen.web.deps import AgentUser, EngineDep, IdempotencyKey

router = APIRouter(prefix="/api/v1/agent", tags=["agents"])


class CashTopUp(BaseModel):
    member_phone: str
    amount_satang: int = Satang


@router.post("/topups", status_code=201)
def top_up(body: CashTopUp, user: AgentUser, engine: EngineDep, key: IdempotencyKey) -> TransferOut:
    def work(connection: Connection) -> TransferOut:
        agent_id = connection.execute(
            select(agents.c.id).where(agents.c.user_id == user.id)
        ).scalar()
        if agent_id is None:
            raise errors.UnknownAgent("this login is not an agent's")
        member_user = find_by_phone(connection, body.member_phone)
        if member_user is None:
            raise errors.UnknownMember("no member with this phone number")
        member = member_for_user(connection, member_user.id)
        legs = cash_topup(
            connection,
            agent_id=agent_id,
            member_id=member.id,
            amount=body.amount_satang,
            idempotency_key=key,
            actor=f"user:{user.id}",
        )
        return TransferOut.of(legs[-1])

    return write_transaction(engine, work)
