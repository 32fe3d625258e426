"""CSRF protection for page forms: a random token in its own cookie, echoed by every form
in a hidden field ``csrf_token``; a POST whose field does not match is refused (403).

A cross-site page can make the browser post a form but can read neither the cookie nor a
page of ours, so it cannot supply the matching field.
"""

import hmac
import secrets
from typing import Annotated

from fastapi import Depends, HTTPException, Request, Response

from thungngoen.web.cookies import CSRF_COOKIE, set_private_cookie
from thungngoen.web.forms import form_fields

CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
"""HTMX requests may send the token in this header instead (set on <body> by the layout)."""
CSRF_REJECTED = "csrf"


def csrf_token(request: Request) -> str:
    """The token for this browser: the cookie's, or a fresh one remembered on the request
    so that ``remember_csrf`` sets the cookie on the response."""
    token = getattr(request.state, "csrf_token", None) or request.cookies.get(CSRF_COOKIE)
    if not token:
        token = secrets.token_urlsafe(32)
    request.state.csrf_token = token
    return token


def new_csrf_token(request: Request) -> str:
    """Rotate the token (at log-in and log-out)."""
    request.state.csrf_token = secrets.token_urlsafe(32)
    return str(request.state.csrf_token)


def remember_csrf(request: Request, response: Response) -> None:
    token = getattr(request.state, "csrf_token", None)
    if token and token != request.cookies.get(CSRF_COOKIE):
        set_private_cookie(request, response, CSRF_COOKIE, token)


async def verify_csrf(request: Request) -> dict[str, str]:
    """Dependency of every page POST: the form's fields once the token checks out."""
    fields = await form_fields(request)
    expected = request.cookies.get(CSRF_COOKIE, "")
    given = fields.get(CSRF_FIELD) or request.headers.get(CSRF_HEADER, "")
    if not expected or not hmac.compare_digest(expected.encode(), given.encode()):
        raise HTTPException(status_code=403, detail=CSRF_REJECTED)
    return fields


CheckedForm = Annotated[dict[str, str], Depends(verify_csrf)]
