"""A printable A5 poster with the shop's static QR: members scan it (or type the shop
number) and then type the amount themselves."""

from fastapi import APIRouter, Request
from fastapi.responses import Response

from thungngoen.wallet.pages.shop.current import Mine, render_shop
from thungngoen.wallet.promptpay import qr_svg

router = APIRouter(include_in_schema=False)


@router.get("/shop/poster")
async def poster(request: Request, mine: Mine) -> Response:
    url = f"{request.base_url}pay/shop/{mine.shop.id}"
    return render_shop(
        request, mine, "wallet/shop/poster.html", {"pay_url": url, "qr": qr_svg(url)}
    )
