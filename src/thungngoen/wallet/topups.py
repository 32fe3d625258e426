"""Issuing coin against baht received: cash at an agent (PromptPay top-ups are the
``topups`` area)."""

from sqlalchemy import Connection, select

from thungngoen import ledger
from thungngoen.auth.users import find_by_phone
from thungngoen.wallet import book, errors
from thungngoen.wallet.people import get_member, member_for_user
from thungngoen.wallet.tables import agents

MAX_TOPUP = 5_000_000
"""50,000 baht: one top-up above this is a mistake or a matter for the operator."""


def check_amount(amount: int, ceiling: int = MAX_TOPUP) -> None:
    if not isinstance(amount, int) or isinstance(amount, bool) or not 0 < amount <= ceiling:
        raise errors.InvalidAmount(f"amount must be between 0.01 and {ceiling // 100:,} baht")


def mint_legs(
    baht_from: int,
    wallet_account_id: int,
    amount: int,
    connection: Connection,
    purpose: str,
    memo: str,
    metadata: dict[str, object],
) -> list[ledger.TransferRequest]:
    """Baht received into ``baht_from`` backs the coin minted into the wallet."""
    backing = book.system_account_id(connection, book.BACKING)
    mint = book.system_account_id(connection, book.MINT)
    return [
        ledger.TransferRequest(baht_from, backing, amount, "THB", purpose, memo, metadata),
        ledger.TransferRequest(mint, wallet_account_id, amount, "SKC", purpose, memo, metadata),
    ]


def cash_topup(
    connection: Connection,
    *,
    agent_id: int,
    member_id: int,
    amount: int,
    idempotency_key: str,
    actor: str,
) -> list[ledger.Transfer]:
    """The member hands cash to the agent: the agent's float rises, the member gets coin."""
    check_amount(amount)
    agent = connection.execute(select(agents).where(agents.c.id == agent_id)).first()
    if agent is None:
        raise errors.UnknownAgent(f"agent {agent_id} does not exist")
    member = get_member(connection, member_id)
    metadata: dict[str, object] = {"agent_id": agent_id, "member_id": member_id, "actor": actor}
    legs = mint_legs(
        agent.float_account_id,
        member.account_id,
        amount,
        connection,
        "topup_cash",
        "เติมเงินสดที่ตัวแทน",
        metadata,
    )
    return ledger.post_batch(connection, legs, idempotency_key=f"topup-cash:{idempotency_key}")


def cash_topup_by_phone(
    connection: Connection,
    *,
    agent_user_id: int,
    member_phone: str,
    amount: int,
    idempotency_key: str,
) -> list[ledger.Transfer]:
    """The agent's till: the logged-in agent tops up the member with this phone."""
    agent_id = connection.execute(
        select(agents.c.id).where(agents.c.user_id == agent_user_id)
    ).scalar()
    if agent_id is None:
        raise errors.UnknownAgent("this login is not an agent's")
    member_user = find_by_phone(connection, member_phone)
    if member_user is None:
        raise errors.UnknownMember("no member with this phone number")
    member = member_for_user(connection, member_user.id)
    return cash_topup(
        connection,
        agent_id=agent_id,
        member_id=member.id,
        amount=amount,
        idempotency_key=idempotency_key,
        actor=f"user:{agent_user_id}",
    )
