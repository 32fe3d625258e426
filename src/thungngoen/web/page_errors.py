"""Errors on pages are HTML in the user's language; under ``/api`` they stay JSON.

No page shows a stack trace: an unexpected exception is logged here, server-side, and the
browser gets the plain 500 page."""

import logging
from collections.abc import Awaitable, Callable
from typing import cast

from fastapi import FastAPI, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from sqlalchemy.exc import InterfaceError, OperationalError
from starlette.exceptions import HTTPException

from thungngoen.errors import DomainError
from thungngoen.web.api_errors import api_error, http_refusal, invalid_request
from thungngoen.web.csrf import CSRF_REJECTED
from thungngoen.web.errors import retry_headers, status_for
from thungngoen.web.form_errors import rejection, translated
from thungngoen.web.templating import render

log = logging.getLogger("thungngoen.web")

Handler = Callable[[Request, Exception], Awaitable[Response]]

TEXTS_BY_STATUS = {
    403: ("Not allowed", "Your account may not open this page."),
    404: ("Page not found", "The page you asked for does not exist."),
    413: ("File too large", "The file is too large: a form may send at most 2 MB."),
    500: ("Something went wrong", "Something went wrong on our side. Please try again later."),
    503: (
        "Try again in a moment",
        "The service cannot reach its data just now. Please try again in a moment.",
    ),
}
RETRY_AFTER_SECONDS = 5
UNAVAILABLE = {
    "code": "unavailable",
    "message": "The service cannot reach its data just now; try again in a moment.",
    "message_th": "ระบบยังเข้าถึงข้อมูลไม่ได้ในขณะนี้ กรุณาลองใหม่อีกครั้งในอีกสักครู่",
}
INTERNAL_TH = "เกิดข้อผิดพลาดในระบบ กรุณาลองใหม่ภายหลัง"
CSRF_TEXT = "The form expired. Please go back, reload the page and try again."


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def error_page(request: Request, status: int, message: str | None = None) -> Response:
    title, default = TEXTS_BY_STATUS.get(status, ("Request refused", ""))
    context = {"title": title, "message": message or translated(request, default)}
    return render(request, "pages/error.html", context, status_code=status)


def install_page_error_handlers(app: FastAPI) -> None:
    api_domain_error = cast(Handler, app.exception_handlers[DomainError])

    async def domain_error(request: Request, error: Exception) -> Response:
        if is_api(request):
            return await api_domain_error(request, error)
        rejected = cast(DomainError, error)
        retry = retry_headers(rejected)
        status = status_for(rejected) if retry else 422
        page = error_page(request, status, rejection(request, rejected))
        page.headers.update(retry)
        return page

    async def http_error(request: Request, error: Exception) -> Response:
        problem = cast(HTTPException, error)
        if is_api(request):
            return http_refusal(request, problem)
        if problem.status_code in (302, 303) and problem.headers:
            return RedirectResponse(problem.headers["Location"], status_code=303)
        if problem.detail == CSRF_REJECTED:
            return error_page(request, 403, translated(request, CSRF_TEXT))
        return error_page(request, problem.status_code)

    async def unexpected(request: Request, error: Exception) -> Response:
        log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=error)
        if is_api(request):
            return api_error(500, "internal", "internal server error", INTERNAL_TH)
        return error_page(request, 500)

    async def unavailable(request: Request, error: Exception) -> Response:
        """The database refused or failed a unit of work (locked past the retries, disk
        full, server gone): a retryable 503, not a 500 — nothing was written."""
        log.warning("database unavailable on %s %s: %s", request.method, request.url.path, error)
        headers = {"Retry-After": str(RETRY_AFTER_SECONDS)}
        if is_api(request):
            return JSONResponse(status_code=503, content={"error": UNAVAILABLE}, headers=headers)
        page = error_page(request, 503)
        page.headers.update(headers)
        return page

    async def invalid(request: Request, error: Exception) -> Response:
        problem = cast(RequestValidationError, error)
        if is_api(request):
            return invalid_request(problem)
        return await request_validation_exception_handler(request, problem)

    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(DomainError, domain_error)
    app.add_exception_handler(OperationalError, unavailable)
    app.add_exception_handler(InterfaceError, unavailable)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(Exception, unexpected)
