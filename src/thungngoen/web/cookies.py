"""The cookies the pages set: HttpOnly, SameSite=Lax, Secure over https."""

from fastapi import Request, Response

SESSION_COOKIE = "tn_session"
CSRF_COOKIE = "tn_csrf"
FLASH_COOKIE = "tn_flash"


def set_private_cookie(
    request: Request, response: Response, name: str, value: str, max_age: int | None = None
) -> None:
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
        path="/",
    )


def clear_cookie(request: Request, response: Response, name: str) -> None:
    response.delete_cookie(
        name, httponly=True, samesite="lax", secure=request.url.scheme == "https", path="/"
    )


LANGUAGE_MAX_AGE = 365 * 24 * 60 * 60
