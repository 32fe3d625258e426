"""Operator console: the dashboard (placeholder until built)."""

from fastapi import APIRouter, Request
from fastapi.responses import Response

from thungngoen.web.sessions import StaffPage
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/console")
async def home(request: Request, user: StaffPage) -> Response:
    return render(request, "pages/coming_soon.html", {"title": "Operator console"})
