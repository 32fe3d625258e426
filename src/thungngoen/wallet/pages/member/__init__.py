"""The member pages (placeholder until built)."""

from fastapi import APIRouter, Request
from fastapi.responses import Response

from thungngoen.web.sessions import MemberPage
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/wallet")
async def home(request: Request, user: MemberPage) -> Response:
    return render(request, "pages/coming_soon.html", {"title": "My wallet"})
