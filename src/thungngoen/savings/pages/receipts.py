"""``/savings/receipts/{id}``: a receipt (numbered per group) as a page and as a PDF, for
the member who paid, the group's officers and the network's staff."""

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen.auth.users import User
from thungngoen.savings import access
from thungngoen.savings.pages.common import checked_read
from thungngoen.savings.pages.documents import document_page, document_pdf
from thungngoen.savings.receipts import Receipt, get_receipt
from thungngoen.web.sessions import PageUser

router = APIRouter(include_in_schema=False)
BODY = "savings/documents/_receipt.html"


def _receipt(connection: Connection, receipt_id: int, user: User) -> Receipt:
    receipt = get_receipt(connection, receipt_id)
    access.require_member_reader(connection, receipt.member.id, user)
    return receipt


@router.get("/savings/receipts/{receipt_id:id}")
async def receipt_page(request: Request, receipt_id: int, user: PageUser) -> Response:
    receipt = await checked_read(request, lambda c: _receipt(c, receipt_id, user))
    context = {"receipt": receipt, "body": BODY}
    return document_page(
        request, "savings/receipt.html", context, f"/savings/receipts/{receipt_id}/pdf"
    )


@router.get("/savings/receipts/{receipt_id:id}/pdf")
async def receipt_pdf(request: Request, receipt_id: int, user: PageUser) -> Response:
    receipt = await checked_read(request, lambda c: _receipt(c, receipt_id, user))
    name = f"receipt-{receipt.group.code}-{receipt.number:05d}.pdf"
    return await document_pdf(request, BODY, {"receipt": receipt}, name, receipt.label)
