"""The shop pages (placeholder until built)."""

from fastapi import APIRouter, Request
from fastapi.responses import Response

from thungngoen.web.sessions import MerchantPage
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/shop")
async def home(request: Request, user: MerchantPage) -> Response:
    return render(request, "pages/coming_soon.html", {"title": "Shop till"})
