"""Rejections become JSON errors with a stable code; nothing else leaks a stack trace."""

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from thungngoen.errors import DomainError

STATUS_BY_CODE = {
    "bad_credentials": 401,
    "forbidden": 403,
    "wrong_pin": 403,
    "pin_locked": 423,
    "pin_not_set": 409,
    "idempotency_conflict": 409,
    "payment_request_used": 409,
    "duplicate_phone": 409,
    "duplicate_national_id": 409,
    "duplicate_account_code": 409,
    "already_reversed": 409,
    "expired_token": 410,
    "tampered_token": 400,
}


def status_for(error: DomainError) -> int:
    if error.code in STATUS_BY_CODE:
        return STATUS_BY_CODE[error.code]
    return 404 if error.code.startswith("unknown_") else 422


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(DomainError)
    async def domain_error(request: Request, error: DomainError) -> JSONResponse:
        return JSONResponse(
            status_code=status_for(error),
            content={"error": {"code": error.code, "message": error.message}},
        )

    @app.exception_handler(ValueError)
    async def value_error(request: Request, error: ValueError) -> JSONResponse:
        return JSONResponse(
            status_code=422, content={"error": {"code": "invalid", "message": str(error)}}
        )
