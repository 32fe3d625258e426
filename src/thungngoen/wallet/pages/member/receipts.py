"""A receipt for one movement of the member's own wallet (after paying, or from the
history): what, with whom, how much (in words too, as Thai receipts do), the balance after.
Another wallet's transfer is "not found", so ids cannot be probed."""

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen import ledger
from thungngoen.ledger.errors import UnknownTransfer
from thungngoen.ledger.rows import POSTED_KINDS
from thungngoen.money import amount_in_words
from thungngoen.wallet.pages.member.receipt_card import receipt_card
from thungngoen.wallet.pages.member.receipt_png import receipt_png
from thungngoen.wallet.pages.member.statement import HistoryLine, describe, payment_discounts
from thungngoen.wallet.people import member_for_user
from thungngoen.web.i18n import language_of
from thungngoen.web.page_ops import read
from thungngoen.web.sessions import MemberPage
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)


def own_line(connection: Connection, user_id: int, transfer_id: int) -> HistoryLine | None:
    """The transfer as a line of the user's statement; ``None`` unless it is on it."""
    account_id = member_for_user(connection, user_id).account_id
    try:
        transfer = ledger.get_transfer(connection, transfer_id)
    except UnknownTransfer:
        return None
    sides = (transfer.debit_account_id, transfer.credit_account_id)
    if account_id not in sides or transfer.kind not in POSTED_KINDS:
        return None
    outgoing = transfer.debit_account_id == account_id
    line = ledger.StatementLine(
        transfer_id=transfer.id,
        kind=transfer.kind,
        created_at=transfer.created_at,
        counterparty_account_id=sides[1] if outgoing else sides[0],
        amount=-transfer.amount if outgoing else transfer.amount,
        balance_after=transfer.debit_balance_after if outgoing else transfer.credit_balance_after,
        purpose=transfer.purpose,
        memo=transfer.memo,
    )
    return describe(connection, line, payment_discounts(connection, [line]).get(transfer.id))


@router.get("/wallet/receipts/{transfer_id:id}")
async def receipt(request: Request, user: MemberPage, transfer_id: int) -> Response:
    line = await read(request, lambda c: own_line(c, user.id, transfer_id))
    if line is None:
        raise HTTPException(status_code=404)
    context = {
        "line": line,
        "words": amount_in_words(line.amount, "SKC"),
        "card_name": card_name(transfer_id),
    }
    return render(request, "wallet/member/receipt.html", context)


def card_name(transfer_id: int) -> str:
    return f"receipt-{transfer_id}.png"


@router.get("/wallet/receipts/{transfer_id:id}/card.png")
async def receipt_picture(request: Request, user: MemberPage, transfer_id: int) -> Response:
    """The receipt as a picture to keep or share; like the page, only for its own wallet."""
    line = await read(request, lambda c: own_line(c, user.id, transfer_id))
    if line is None:
        raise HTTPException(status_code=404)
    picture = await run_in_threadpool(receipt_png, receipt_card(line, language_of(request)))
    disposition = f'inline; filename="{card_name(transfer_id)}"'
    headers = {"Content-Disposition": disposition, "Cache-Control": "private, no-store"}
    return Response(picture, media_type="image/png", headers=headers)
