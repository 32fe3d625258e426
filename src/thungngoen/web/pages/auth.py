"""Log in, log out and the language switch."""

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import Engine

from thungngoen.auth import errors, sessions, tokens
from thungngoen.auth.sessions import NewSession
from thungngoen.auth.users import User, authenticate
from thungngoen.db import read_transaction, write_transaction, write_transaction_async
from thungngoen.web.cookies import (
    LANGUAGE_MAX_AGE,
    SESSION_COOKIE,
    clear_cookie,
    set_private_cookie,
)
from thungngoen.web.csrf import CheckedForm, new_csrf_token, remember_csrf
from thungngoen.web.errors import retry_headers
from thungngoen.web.form_errors import rejection
from thungngoen.web.i18n import LANGUAGE_COOKIE, LANGUAGES
from thungngoen.web.page_errors import error_page
from thungngoen.web.pages.redirects import local_path, see_other
from thungngoen.web.password_checks import checked_password
from thungngoen.web.sessions import actor_of, in_callers_time, session_user
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)


def _authenticated(engine: Engine, phone: str, password: str) -> User:
    with read_transaction(engine) as connection:
        return authenticate(connection, phone, password)


def start_session(request: Request, response: Response, session: NewSession) -> None:
    set_private_cookie(request, response, SESSION_COOKIE, session.token, session.max_age)
    new_csrf_token(request)
    remember_csrf(request, response)


def refused_page(request: Request, error: errors.Throttled) -> Response:
    """429: the wait, in minutes, in the reader's language."""
    context = {"minutes": max(1, -(-error.retry_after // 60))}
    page = render(request, "pages/rate_limited.html", context, status_code=429)
    page.headers.update(retry_headers(error))
    return page


def busy_page(request: Request, error: errors.PasswordChecksBusy) -> Response:
    page = error_page(request, 503, rejection(request, error))
    page.headers.update(retry_headers(error))
    return page


@router.get("/login")
async def login_page(request: Request) -> Response:
    if await session_user(request) is not None:
        return RedirectResponse("/", status_code=303)
    return render(request, "pages/login.html", {"phone": ""})


@router.post("/login")
async def login(request: Request, form: CheckedForm) -> Response:
    phone, password = form.get("phone", ""), form.get("password", "")
    engine: Engine = request.app.state.engine
    try:
        user = await checked_password(
            request, phone, lambda: _authenticated(engine, phone, password)
        )
    except errors.Throttled as refused:
        return refused_page(request, refused)
    except errors.PasswordChecksBusy as busy:
        return busy_page(request, busy)
    except errors.BadCredentials:
        context = {"phone": phone, "error": "Wrong phone number or password."}
        return render(request, "pages/login.html", context, status_code=401)
    device = request.headers.get("user-agent", "")
    open_session = in_callers_time(
        lambda c: sessions.log_in(c, user.id, user.role, actor_of(user), device)
    )
    response = see_other(request, "/")
    start_session(request, response, await write_transaction_async(engine, open_session))
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
