"""Log in, log out and the language switch."""

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import Engine

from thungngoen.auth import errors, tokens
from thungngoen.auth.users import User, authenticate
from thungngoen.db import read_transaction, write_transaction
from thungngoen.web.cookies import (
    LANGUAGE_MAX_AGE,
    SESSION_COOKIE,
    SESSION_MAX_AGE,
    clear_cookie,
    set_private_cookie,
)
from thungngoen.web.csrf import CheckedForm, new_csrf_token, remember_csrf
from thungngoen.web.i18n import LANGUAGE_COOKIE, LANGUAGES
from thungngoen.web.pages.redirects import local_path, see_other
from thungngoen.web.ratelimit import RateLimiter, login_keys
from thungngoen.web.sessions import actor_of, session_user
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)


def login_limiter(request: Request) -> RateLimiter:
    limiter: RateLimiter = request.app.state.login_limiter
    return limiter


def _log_in(engine: Engine, phone: str, password: str) -> tuple[User, str]:
    with read_transaction(engine) as connection:
        user = authenticate(connection, phone, password)
    token = write_transaction(
        engine, lambda c: tokens.issue_token(c, user.id, "web", actor=actor_of(user))
    )
    return user, token


def start_session(request: Request, response: Response, token: str) -> None:
    set_private_cookie(request, response, SESSION_COOKIE, token, max_age=SESSION_MAX_AGE)
    new_csrf_token(request)
    remember_csrf(request, response)


@router.get("/login")
async def login_page(request: Request) -> Response:
    if await session_user(request) is not None:
        return RedirectResponse("/", status_code=303)
    return render(request, "pages/login.html", {"phone": ""})


@router.post("/login")
async def login(request: Request, form: CheckedForm) -> Response:
    phone, password = form.get("phone", ""), form.get("password", "")
    limiter, keys = login_limiter(request), login_keys(request, phone)
    if limiter.blocked(*keys):
        return render(request, "pages/rate_limited.html", status_code=429)
    engine: Engine = request.app.state.engine
    try:
        _user, token = await run_in_threadpool(_log_in, engine, phone, password)
    except errors.BadCredentials:
        limiter.fail(*keys)
        context = {"phone": phone, "error": "Wrong phone number or password."}
        return render(request, "pages/login.html", context, status_code=401)
    limiter.reset(keys[0])
    response = see_other(request, "/")
    start_session(request, response, token)
    return response


@router.post("/logout")
async def logout(request: Request, form: CheckedForm) -> Response:
    token = request.cookies.get(SESSION_COOKIE)
    user = await session_user(request)
    if token and user is not None:
        actor = actor_of(user)
        await run_in_threadpool(
            write_transaction,
            request.app.state.engine,
            lambda c: tokens.revoke_presented(c, token, actor),
        )
    response = see_other(request, "/login", flash="You are logged out.")
    clear_cookie(request, response, SESSION_COOKIE)
    new_csrf_token(request)
    remember_csrf(request, response)
    return response


@router.get("/lang/{code}")
async def switch_language(
    request: Request, code: str, back_to: Annotated[str | None, Query(alias="next")] = None
) -> RedirectResponse:
    """Set the language cookie and go back to the page (a path on this site only)."""
    referer = request.headers.get("referer")
    back = local_path(back_to) if back_to else local_path(referer, host=request.url.netloc)
    response = RedirectResponse(back, status_code=303)
    if code in LANGUAGES:
        response.set_cookie(
            LANGUAGE_COOKIE, code, max_age=LANGUAGE_MAX_AGE, samesite="lax", path="/"
        )
    return response
