"""Rendering pages: the Jinja environment, its filters and the context every page gets."""

from datetime import date, datetime
from typing import Any
from urllib.parse import unquote

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import ChoiceLoader, Environment, PackageLoader, pass_context, select_autoescape
from jinja2.runtime import Context

from thungngoen import areas
from thungngoen.web import filters
from thungngoen.web.cookies import FLASH_COOKIE, clear_cookie
from thungngoen.web.csrf import CSRF_FIELD, csrf_token, remember_csrf
from thungngoen.web.i18n import language_of, translator
from thungngoen.web.navigation import nav_for


@pass_context
def _date(context: Context, value: date | datetime) -> str:
    return filters.format_date(value, context["lang"])


@pass_context
def _coin(context: Context, amount: int) -> str:
    return filters.coin(amount, context["lang"])


@pass_context
def _baht(context: Context, amount: int) -> str:
    return filters.baht(amount, context["lang"])


@pass_context
def _money(context: Context, amount: int, currency: str) -> str:
    return filters.money(amount, currency, context["lang"])


@pass_context
def _datetime(context: Context, value: datetime) -> str:
    return filters.format_datetime(value, context["lang"])


def _environment() -> Environment:
    environment = Environment(
        # Each area keeps its templates in its own package, under a folder of its name.
        loader=ChoiceLoader(
            [PackageLoader("thungngoen.web", "templates")]
            + [PackageLoader(area.package, "templates") for area in areas.AREAS if area.pages]
        ),
        autoescape=select_autoescape(default=True),
    )
    environment.filters["coin"] = _coin
    environment.filters["baht"] = _baht
    environment.filters["money"] = _money
    environment.filters["date"] = _date
    environment.filters["datetime"] = _datetime
    return environment


templates = Jinja2Templates(env=_environment())


def render(
    request: Request, name: str, context: dict[str, Any] | None = None, status_code: int = 200
) -> HTMLResponse:
    """A page with the language, the user (when logged in), the CSRF field and a flash."""
    language = language_of(request)
    flash = request.cookies.get(FLASH_COOKIE)
    user = getattr(request.state, "user", None)
    full_context: dict[str, Any] = {
        "lang": language,
        "_": translator(language),
        "user": user,
        "unread": getattr(request.state, "unread", None),
        "nav": nav_for(user.role if user else None, request.url.path),
        "csrf_field": CSRF_FIELD,
        "csrf_token": csrf_token(request),
        "flash": unquote(flash) if flash else None,
        "here": request.url.path,
        **(context or {}),
    }
    response = templates.TemplateResponse(request, name, full_context, status_code=status_code)
    remember_csrf(request, response)
    if flash:
        clear_cookie(request, response, FLASH_COOKIE)
    return response
