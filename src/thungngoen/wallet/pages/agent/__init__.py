"""The agent pages (placeholder until built)."""

from fastapi import APIRouter, Request
from fastapi.responses import Response

from thungngoen.web.sessions import AgentPage
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/agent")
async def home(request: Request, user: AgentPage) -> Response:
    return render(request, "pages/coming_soon.html", {"title": "Agent counter"})
