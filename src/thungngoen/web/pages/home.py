"""The start page (sends each role to its home) and the PWA files served from the root."""

from fastapi import APIRouter
from fastapi.responses import FileResponse, RedirectResponse

from thungngoen.web.sessions import HOME_BY_ROLE, PageUser
from thungngoen.web.static_files import STATIC_DIRECTORY

router = APIRouter(include_in_schema=False)


@router.get("/")
async def home(user: PageUser) -> RedirectResponse:
    return RedirectResponse(HOME_BY_ROLE.get(user.role, "/login"), status_code=303)


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
