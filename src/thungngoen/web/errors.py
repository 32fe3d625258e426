"""Rejections become JSON errors with a stable code; nothing else leaks a stack trace."""

from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from thungngoen.errors import DomainError
from thungngoen.web.api_errors import INVALID_REQUEST_TH, api_error
from thungngoen.web.error_messages import error_text

STATUS_BY_CODE = {
    "bad_credentials": 401,
    "forbidden": 403,
    "wrong_pin": 403,
    "pin_locked": 423,
    "login_rate_limited": 429,
    "pin_rate_limited": 429,
    "password_checks_busy": 503,
    "topup_promptpay_unconfigured": 503,
    "token_expired": 401,
    "wrong_token_kind": 401,
    "pin_not_set": 409,
    "idempotency_conflict": 409,
    "payment_request_used": 409,
    "duplicate_phone": 409,
    "duplicate_national_id": 409,
    "duplicate_account_code": 409,
    "duplicate_program": 409,
    "already_reversed": 409,
    "voucher_already_redeemed": 409,
    "voucher_batch_exists": 409,
    "voucher_batch_closed": 409,
    "statement_line_decided": 409,
    "payout_batch_already_paid": 409,
    "float_limit_reached": 409,
    "handover_exceeds_float": 409,
    "unknown_fund": 422,
    "unknown_tier": 422,
    "expired_token": 410,
    "tampered_token": 422,
    "unknown_place": 422,
    "notification_not_found": 404,
    "unknown_channel": 422,
    "unknown_category": 422,
    "unknown_language": 422,
    "unknown_audience": 422,
    "announcement_not_found": 404,
    "line_bad_signature": 401,
    "line_not_configured": 404,
    "sms_bad_signature": 401,
    "sms_not_configured": 404,
    "outside_assignment": 403,
    "community_version_conflict": 409,
    "duplicate_community_place": 409,
    "duplicate_person_national_id": 409,
    "unknown_node": 422,
    "duplicate_relocation_request": 409,
    "invalid_relocation_step": 409,
}


THAI_WHEN_RETRYING = {
    "login_rate_limited": "ใส่รหัสผ่านผิดหลายครั้งเกินไป กรุณารอตามเวลาที่แจ้งแล้วลองใหม่",
    "pin_rate_limited": "ใส่รหัส PIN ผิดหลายครั้งเกินไป กรุณารอตามเวลาที่แจ้งแล้วลองใหม่",
    "password_checks_busy": "มีผู้เข้าสู่ระบบพร้อมกันจำนวนมาก กรุณาลองใหม่อีกครั้งในอีกสักครู่",
}
"""The API's Thai beside the English ``message`` of the rejections a client retries."""


def status_for(error: DomainError) -> int:
    if error.code in STATUS_BY_CODE:
        return STATUS_BY_CODE[error.code]
    unknown = error.code.startswith("unknown_") or error.code.endswith("_unknown")
    return 404 if unknown else 422


def error_body(error: DomainError) -> dict[str, Any]:
    """The code and message, plus whatever the error names in a ``details()`` method (a
    broken program rule: which rule, which program)."""
    details = getattr(error, "details", None)
    extra: dict[str, Any] = details() if callable(details) else {}
    thai = error_text(error, "th")
    return {**extra, "code": error.code, "message": error.message, "message_th": thai}


def retry_headers(error: DomainError) -> dict[str, str]:
    """``Retry-After`` for a rejection that says when to try again (a limit, a busy gate)."""
    seconds = getattr(error, "retry_after", None)
    return {} if seconds is None else {"Retry-After": str(seconds)}


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(DomainError)
    async def domain_error(request: Request, error: DomainError) -> JSONResponse:
        body = error_body(error)
        if error.code in THAI_WHEN_RETRYING:
            body["message_th"] = THAI_WHEN_RETRYING[error.code]
        return JSONResponse(
            status_code=status_for(error),
            content={"error": body},
            headers=retry_headers(error),
        )

    @app.exception_handler(ValueError)
    async def value_error(request: Request, error: ValueError) -> JSONResponse:
        return api_error(422, "invalid", str(error), INVALID_REQUEST_TH)
