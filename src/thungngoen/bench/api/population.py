"""A benchmark population: members with PINs, coin and login tokens; approved shops."""

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine

from thungngoen.auth import pins, tokens
from thungngoen.auth.users import create_user
from thungngoen.db import write_transaction
from thungngoen.wallet import book, people
from thungngoen.wallet.agent_limits import set_float_limit
from thungngoen.wallet.handovers import record_handover
from thungngoen.wallet.topups import cash_topup

PIN = "482915"
FUNDS = 5_000_000


@dataclass(frozen=True)
class Population:
    tokens: list[str]
    merchant_ids: list[int]

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self)))

    @classmethod
    def load(cls, path: Path) -> "Population":
        return cls(**json.loads(path.read_text()))


def populate(engine: Engine, members: int, merchants: int) -> Population:
    def setup(connection: Connection) -> tuple[int, list[int]]:
        book.ensure_system_accounts(connection)
        agent_user = create_user(
            connection,
            phone="0800000001",
            name="bench agent",
            role="agent",
            password="bench-pass",
            actor="bench",
        )
        agent = people.register_agent(
            connection, user=agent_user, name="bench agent", tambon_code="900101", actor="bench"
        )
        set_float_limit(connection, agent, FUNDS, "bench")
        shops = []
        for n in range(merchants):
            owner = create_user(
                connection,
                phone=f"086{n:07d}",
                name=f"shop {n}",
                role="merchant",
                password="bench-pass",
                actor="bench",
            )
            shop = people.register_merchant(
                connection,
                owner=owner,
                business_name=f"ร้าน {n}",
                category="food",
                tambon_code="900101",
                payout_promptpay=f"086{n:07d}",
                actor="bench",
            )
            people.set_merchant_status(connection, shop, "approved", actor="bench")
            shops.append(shop)
        return agent, shops

    agent_id, shops = write_transaction(engine, setup)
    member_tokens = []
    for n in range(members):

        def one_member(connection: Connection, n: int = n) -> str:
            return _member(connection, n, agent_id)

        member_tokens.append(write_transaction(engine, one_member))
    return Population(member_tokens, shops)


def _member(connection: Connection, n: int, agent_id: int) -> str:
    member = people.register_member(
        connection,
        phone=f"081{n:07d}",
        name=f"member {n}",
        password="bench-pass",
        tambon_code="900101",
        actor="bench",
    )
    pins.set_pin(connection, member.user_id, PIN)
    cash_topup(
        connection,
        agent_id=agent_id,
        member_id=member.id,
        amount=FUNDS,
        idempotency_key=f"bench-{n}",
        actor="bench",
    )
    # The agent banks each member's cash at once, so the next top-up has room again.
    record_handover(
        connection, agent_id=agent_id, amount=FUNDS, idempotency_key=f"bench-{n}", actor="bench"
    )
    return tokens.issue_token(connection, member.user_id, "bench", actor="bench")
