"""The start page (sends each role to its home) and the role homes, still placeholders."""

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, RedirectResponse, Response

from thungngoen.web.sessions import (
    HOME_BY_ROLE,
    AgentPage,
    MemberPage,
    MerchantPage,
    PageUser,
    StaffPage,
)
from thungngoen.web.static_files import STATIC_DIRECTORY
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/")
async def home(user: PageUser) -> RedirectResponse:
    return RedirectResponse(HOME_BY_ROLE.get(user.role, "/login"), status_code=303)


def _coming_soon(request: Request, title: str) -> Response:
    return render(request, "pages/coming_soon.html", {"title": title})


@router.get("/wallet")
async def wallet(request: Request, user: MemberPage) -> Response:
    return _coming_soon(request, "My wallet")


@router.get("/shop")
async def shop(request: Request, user: MerchantPage) -> Response:
    return _coming_soon(request, "Shop till")


@router.get("/agent")
async def agent(request: Request, user: AgentPage) -> Response:
    return _coming_soon(request, "Agent counter")


@router.get("/console")
async def console(request: Request, user: StaffPage) -> Response:
    return _coming_soon(request, "Operator console")


@router.get("/sw.js")
async def service_worker() -> FileResponse:
    """Served from the root so that the worker's scope is the whole site."""
    return FileResponse(
        STATIC_DIRECTORY / "sw.js",
        media_type="text/javascript",
        headers={"Cache-Control": "no-cache"},
    )


@router.get("/manifest.webmanifest")
async def manifest() -> FileResponse:
    return FileResponse(
        STATIC_DIRECTORY / "manifest.webmanifest", media_type="application/manifest+json"
    )
