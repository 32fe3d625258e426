"""``POST /api/v1/sms/delivery-reports``: the SMS gateway's delivery reports.

The gateway (or the thin proxy that speaks our contract for it, see ``channels/sms.py``)
signs the raw body: ``x-thungngoen-signature`` is the hex HMAC-SHA256 of the body under
the SMS key both sides hold; nothing is read before it matches. References we do not
know are counted, not refused, so the gateway does not retry them forever."""

import hmac
from typing import Annotated, Literal

from fastapi import APIRouter, Header, Request
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from thungngoen.clock import utc_now
from thungngoen.communication.errors import (
    BadDeliveryReport,
    BadReportSignature,
    SmsNotConfigured,
)
from thungngoen.communication.reports import record_report
from thungngoen.config import get_settings
from thungngoen.db import write_transaction
from thungngoen.web.deps import EngineDep

router = APIRouter(prefix="/api/v1/sms", tags=["communication"])

MAX_REPORTS = 500


class Report(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    reference: str = Field(min_length=1, max_length=200)
    status: Literal["delivered", "failed"]
    reason: str = Field(default="", max_length=200)


class Reports(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    reports: list[Report] = Field(min_length=1, max_length=MAX_REPORTS)


class Applied(BaseModel):
    applied: int
    """Reports that changed a delivery."""
    ignored: int
    """Repeats, and references of no message we handed to the gateway."""


def signed(key: str, body: bytes, signature: str) -> bool:
    expected = hmac.digest(key.encode(), body, "sha256").hex()
    return hmac.compare_digest(expected, signature.lower())


@router.post(
    "/delivery-reports",
    responses={401: {"description": "Bad signature"}, 404: {"description": "Not configured"}},
)
async def delivery_reports(
    request: Request,
    engine: EngineDep,
    signature: Annotated[str, Header(alias="x-thungngoen-signature", max_length=200)] = "",
) -> Applied:
    settings = get_settings()
    if not settings.sms_api or not settings.sms_key:
        raise SmsNotConfigured("this server sends no SMS")
    body = await request.body()
    if not signed(settings.sms_key, body, signature):
        raise BadReportSignature("the x-thungngoen-signature does not match the body")
    try:
        reports = Reports.model_validate_json(body).reports
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise BadDeliveryReport(f"not delivery reports: {where}: {first['msg']}") from error
    now = utc_now()
    changed = write_transaction(
        engine,
        lambda c: sum(
            record_report(c, "sms", r.reference, r.status, r.reason or r.status, now)
            for r in reports
        ),
    )
    return Applied(applied=changed, ignored=len(reports) - changed)
