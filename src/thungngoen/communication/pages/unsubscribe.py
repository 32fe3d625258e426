"""``/unsubscribe/<token>``: the link and the one-click header of every email (RFC 8058).

No log-in and no CSRF token: the signed token is the authority, and a mail provider's
one-click POST carries no cookie. A GET only shows the confirm button (mail scanners
follow links; they must not unsubscribe anyone)."""

from fastapi import APIRouter, Request
from fastapi.responses import Response

from thungngoen.clock import utc_now
from thungngoen.communication.preferences import unsubscribe
from thungngoen.web.page_ops import write
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/unsubscribe/{token}")
async def confirm_unsubscribe(request: Request, token: str) -> Response:
    return render(request, "communication/unsubscribe.html", {"token": token, "done": None})


@router.post("/unsubscribe/{token}")
async def one_click_unsubscribe(request: Request, token: str) -> Response:
    category, channel = await write(request, lambda c: unsubscribe(c, token, utc_now()))
    context = {"token": token, "done": (category, channel)}
    return render(request, "communication/unsubscribe.html", context)
