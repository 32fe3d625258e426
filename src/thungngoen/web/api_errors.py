"""One shape for every refusal of the JSON API, documented on every operation.

Whatever refuses a request under ``/api`` — an operation (``DomainError``), a request body
or query that does not fit its model, an unknown route or method, a body the server could
not read — answers ``{"error": {"code", "message", "message_th", …}}`` with a status from
``API_ERROR_STATUSES``, and the OpenAPI description lists those statuses and that shape on
every operation, so a client (and Schemathesis) meets no undocumented answer."""

from typing import Any, Final

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict
from starlette.exceptions import HTTPException
from starlette.routing import Match

API_ERROR_STATUSES: Final = (400, 401, 403, 404, 409, 410, 413, 422, 423, 429, 503)
"""Every status an API operation may refuse with; the codes say which rule refused."""

INVALID_REQUEST_TH: Final = "ข้อมูลที่ส่งมาไม่ถูกต้อง กรุณาตรวจสอบช่องที่ระบุ"
BY_STATUS: Final = {
    400: ("malformed_request", "The request could not be read.", "อ่านคำขอไม่ได้"),
    401: ("unauthorized", "Log in first.", "กรุณาเข้าสู่ระบบก่อน"),
    403: ("forbidden", "Not allowed.", "คุณไม่มีสิทธิ์ทำรายการนี้"),
    404: ("not_found", "Nothing is found at this address.", "ไม่พบสิ่งที่ขอ"),
    405: ("method_not_allowed", "This address does not take that method.", "ไม่รองรับวิธีนี้"),
}
METHODS: Final = ("GET", "POST", "PUT", "PATCH", "DELETE")


class ErrorDetail(BaseModel):
    model_config = ConfigDict(extra="allow")

    code: str
    message: str
    message_th: str


def api_error(status: int, code: str, message: str, message_th: str, **extra: Any) -> JSONResponse:
    body = {"error": {**extra, "code": code, "message": message, "message_th": message_th}}
    return JSONResponse(status_code=status, content=body)


def invalid_request(error: RequestValidationError) -> JSONResponse:
    """A body or query off its model: 422 naming each field and what is wrong with it."""
    fields = [
        {"field": ".".join(str(part) for part in problem["loc"]), "problem": problem["msg"]}
        for problem in error.errors()
    ]
    first = fields[0] if fields else {"field": "request", "problem": "not valid"}
    message = f"{first['field']}: {first['problem']}"
    return api_error(422, "invalid_request", message, INVALID_REQUEST_TH, fields=fields)


def http_refusal(request: Request, problem: HTTPException) -> Response:
    """A refusal raised by the framework (no route, wrong method, unreadable body)."""
    code, message, message_th = BY_STATUS.get(
        problem.status_code, ("refused", "The request was refused.", "คำขอถูกปฏิเสธ")
    )
    response = api_error(problem.status_code, code, message, message_th)
    if problem.status_code == 405:
        response.headers["Allow"] = ", ".join(allowed_methods(request))
    elif problem.headers:
        response.headers.update(problem.headers)
    return response


def allowed_methods(request: Request) -> list[str]:
    """The methods some route takes at this address — all of them, not only those of the
    first route that matched the path (Starlette's ``Allow`` names only that one's)."""
    routes = request.app.router.routes
    return [
        method
        for method in METHODS
        if any(
            route.matches({**request.scope, "method": method})[0] == Match.FULL for route in routes
        )
    ]


def document_api_errors(app: FastAPI) -> None:
    """Add the refusals and their shape to every ``/api`` operation of ``app.openapi()``."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        spec = build()
        schemas = spec.setdefault("components", {}).setdefault("schemas", {})
        schemas["ErrorDetail"] = ErrorDetail.model_json_schema()
        schemas["ErrorEnvelope"] = {
            "type": "object",
            "properties": {"error": {"$ref": "#/components/schemas/ErrorDetail"}},
            "required": ["error"],
        }
        for path, operations in spec["paths"].items():
            if path.startswith("/api/"):
                for operation in operations.values():
                    _add_refusals(operation["responses"])
        app.openapi_schema = spec
        return spec

    app.openapi = openapi  # type: ignore[method-assign]


def _add_refusals(responses: dict[str, Any]) -> None:
    envelope = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorEnvelope"}}}
    for status in API_ERROR_STATUSES:
        answer = responses.setdefault(str(status), {"description": "Refused"})
        if status == 422 or "content" not in answer:
            answer["content"] = envelope
