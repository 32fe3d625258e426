"""``/console/funds/gifts/{id}``: the receipt (ใบเสร็จรับเงิน) of a donation or a grant, with
the amount in Thai words and the date in the Buddhist Era; printable. The staff open it."""

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from thungngoen.wallet.errors import UnknownFundGift
from thungngoen.wallet.fund_gifts import get_gift
from thungngoen.wallet.pages.funds.gifts import KIND_LABELS
from thungngoen.web.page_ops import read
from thungngoen.web.sessions import StaffPage
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/console/funds/gifts/{gift_id:id}")
async def receipt_page(request: Request, gift_id: int, user: StaffPage) -> Response:
    try:
        gift = await read(request, lambda c: get_gift(c, gift_id))
    except UnknownFundGift:
        raise HTTPException(status_code=404) from None
    context = {"gift": gift, "kind_labels": KIND_LABELS}
    return render(request, "wallet/funds/receipt.html", context)
