"""The shop number leads to the bill the till is waiting for (decision 0031): one open
request opens its confirm page as its QR would, several are listed to choose from, none
leaves the pay-any-amount form. ``?any_amount=1`` asks for that form whatever is open."""

from fastapi import Request
from fastapi.responses import Response

from thungngoen.clock import utc_now
from thungngoen.wallet import merchant_pay
from thungngoen.wallet.people import Shop
from thungngoen.web.page_ops import read
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.templating import render

BY_NUMBER = "?by=number"
"""Marks a request's page reached by the shop number: it then offers another amount."""


def other_amount_path(merchant_id: int) -> str:
    """The shop's pay-any-amount form, even while its till waits for a bill."""
    return f"/pay/shop/{merchant_id}?any_amount=1"


async def open_request_page(request: Request, shop: Shop) -> Response | None:
    """The page for the bills ``shop``'s tills wait for, or ``None`` when none waits."""
    bills = await read(request, lambda c: merchant_pay.open_requests(c, shop.id, utc_now()))
    if not bills:
        return None
    if len(bills) == 1:
        return see_other(request, f"/pay/{bills[0].token}{BY_NUMBER}")
    context = {"shop": shop, "bills": bills, "by_number": BY_NUMBER}
    context["other_amount"] = other_amount_path(shop.id)
    return render(request, "wallet/member/open_requests.html", context)
