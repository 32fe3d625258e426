"""Cash hand-over: the agent hands the operator's cash over, and the operator banks it.

One THB transfer, ``thb:agent:<user>`` → ``thb:bank`` (the float falls, the bank rises):
the coin's backing moves from the agent's drawer to the bank, coin outstanding and
``thb:backing`` do not change, and the agent's room under the float limit grows by the
amount. The operator records it; like every money movement it is in the ledger only (the
actor in its metadata), idempotent by the operator's key, and never more than the agent
holds (the float account may not go below zero). See decision 0020.
"""

from dataclasses import dataclass

from sqlalchemy import Connection

from thungngoen import ledger
from thungngoen.ledger.errors import InsufficientFunds
from thungngoen.wallet import book, errors
from thungngoen.wallet.agent_float import HANDOVER
from thungngoen.wallet.agent_limits import MAX_FLOAT_LIMIT, AgentFloat, float_of_agent
from thungngoen.wallet.topups import check_amount

MAX_REFERENCE = 60


@dataclass(frozen=True, slots=True)
class Handover:
    transfer: ledger.Transfer
    agent: AgentFloat
    """The agent's float and limit after the hand-over (now, on a replay)."""


def record_handover(
    connection: Connection,
    *,
    agent_id: int,
    amount: int,
    idempotency_key: str,
    actor: str,
    reference: str = "",
) -> Handover:
    """The agent hands ``amount`` of the operator's cash over; it goes to the bank.
    ``reference`` is the bank's deposit slip, if any. The same key with the same request
    returns the first hand-over; with another request it is refused."""
    check_amount(amount, MAX_FLOAT_LIMIT)
    reference = reference.strip()
    if len(reference) > MAX_REFERENCE:
        raise errors.ReferenceTooLong(f"a reference has at most {MAX_REFERENCE} characters")
    agent = float_of_agent(connection, agent_id)
    request = ledger.TransferRequest(
        book.system_account_id(connection, book.BANK),
        agent.float_account_id,
        amount,
        "THB",
        HANDOVER,
        f"ตัวแทนนำส่งเงินสดเข้าบัญชีธนาคาร {reference}".strip(),
        {"agent_id": agent_id, "actor": actor, "reference": reference},
        idempotency_key=f"agent-handover:{idempotency_key}",
    )
    try:
        transfer = ledger.post_transfer(connection, request)
    except InsufficientFunds:
        held = ledger.balance(connection, agent.float_account_id)
        raise errors.HandoverExceedsFloat(
            f"the agent holds {held / 100:,.2f} baht of the operator's cash: hand over no more"
        ) from None
    return Handover(transfer, float_of_agent(connection, agent_id))
