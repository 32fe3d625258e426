"""The receipt of a cash top-up: shown after the top-up, printable on an 80 mm slip.

A receipt is addressed by the top-up's cash leg (agent float → backing): only the agent
whose float took the cash may open it."""

from dataclasses import dataclass
from datetime import datetime

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response
from pythainlp.util import bahttext
from sqlalchemy import Connection

from thungngoen import ledger
from thungngoen.auth.users import get_user
from thungngoen.ledger.errors import UnknownTransfer
from thungngoen.wallet.agent_float import CASH_TOPUP, agent_of_user
from thungngoen.wallet.pages.agent.desk import mask_phone
from thungngoen.wallet.people import get_member
from thungngoen.web.page_ops import read
from thungngoen.web.sessions import AgentPage
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True, slots=True)
class Receipt:
    number: str
    created_at: datetime
    agent_name: str
    member_name: str
    masked_phone: str
    amount: int

    @property
    def amount_in_words(self) -> str:
        """``50000`` → ``ห้าร้อยบาทถ้วน``."""
        return str(bahttext(self.amount / 100))


def receipt_number(transfer: ledger.Transfer) -> str:
    """The number of the top-up's batch (its cash and its coin leg)."""
    return f"{transfer.batch_id or transfer.id:08d}"


def load_receipt(connection: Connection, agent_user_id: int, transfer_id: int) -> Receipt:
    agent = agent_of_user(connection, agent_user_id)
    try:
        transfer = ledger.get_transfer(connection, transfer_id)
    except UnknownTransfer:
        raise HTTPException(status_code=404) from None
    if transfer.purpose != CASH_TOPUP:
        raise HTTPException(status_code=404)
    if transfer.debit_account_id != agent.float_account_id:
        raise HTTPException(status_code=403)
    member_id = (transfer.metadata or {})["member_id"]
    member_user = get_user(connection, get_member(connection, member_id).user_id)
    return Receipt(
        number=receipt_number(transfer),
        created_at=transfer.created_at,
        agent_name=agent.name,
        member_name=member_user.name,
        masked_phone=mask_phone(member_user.phone),
        amount=transfer.amount,
    )


@router.get("/agent/receipts/{transfer_id:id}")
async def receipt(request: Request, transfer_id: int, user: AgentPage) -> Response:
    found = await read(request, lambda c: load_receipt(c, user.id, transfer_id))
    return render(request, "wallet/agent/receipt.html", {"receipt": found})
