"""Redirect helpers shared by the pages."""

from urllib.parse import quote, urlsplit

from fastapi import Request
from fastapi.responses import RedirectResponse

from thungngoen.web.cookies import FLASH_COOKIE, set_private_cookie


def local_path(target: str | None, default: str = "/", host: str | None = None) -> str:
    """The path of ``target`` when it is on this site (no open redirect), else ``default``.

    A full URL counts as this site only when its host is ``host``; the query is dropped."""
    if not target:
        return default
    parts = urlsplit(target)
    if parts.netloc and parts.netloc != host:
        return default
    if not parts.path.startswith("/"):
        return default
    if parts.path.startswith("//") or "\\" in parts.path:
        return default
    return parts.path


def see_other(request: Request, location: str, flash: str | None = None) -> RedirectResponse:
    """A 303 to ``location``; ``flash`` (an English catalogue text) shows on the next page."""
    response = RedirectResponse(location, status_code=303)
    if flash:
        set_private_cookie(request, response, FLASH_COOKIE, quote(flash), max_age=60)
    return response
