"""The member's top-up QR as a PNG picture (``/wallet/topup/{id}/qr.png``), for the
``<img>``, the download link and the share button of the request page. Only the member's
own open request has one; any other is "not found"."""

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen import topups
from thungngoen.auth.users import User
from thungngoen.topups.pages.member import MemberPage, own_request
from thungngoen.topups.qr_image import framed_qr_png
from thungngoen.web.page_ops import read

router = APIRouter(include_in_schema=False)


def _open_request(connection: Connection, user: User, request_id: int) -> topups.TopUpRequest:
    asked = own_request(connection, user, request_id)
    if asked.status != "open":
        raise HTTPException(status_code=404)
    return asked


@router.get("/wallet/topup/{request_id:id}/qr.png")
async def topup_qr_png(request: Request, user: MemberPage, request_id: int) -> Response:
    asked = await read(request, lambda c: _open_request(c, user, request_id))
    try:
        payload = asked.payload
    except topups.PromptPayNotConfigured:
        raise HTTPException(status_code=503) from None
    png = framed_qr_png(payload, asked.amount, topups.operator_payee_name(), asked.reference)
    headers = {
        "Cache-Control": "private, no-store",
        "Content-Disposition": f'inline; filename="thungngoen-topup-{asked.reference}.png"',
    }
    return Response(png, media_type="image/png", headers=headers)
