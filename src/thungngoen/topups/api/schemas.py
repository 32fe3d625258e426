"""The top-ups API's request and response bodies (their class names are the OpenAPI
document's schema names)."""

from datetime import datetime

from pydantic import BaseModel, Field

from thungngoen import topups
from thungngoen.wallet import qr_svg
from thungngoen.web.api_fields import ApiModel, Phone, Satang


class TopUpAsk(ApiModel):
    amount_satang: int = Satang


class TopUpOut(BaseModel):
    request_id: int
    reference: str
    requested_satang: int
    amount_satang: int = Field(description="Pay exactly this: a few satang above the ask.")
    status: str
    created_at: datetime
    expires_at: datetime
    payload: str = Field(description="The PromptPay (EMVCo) QR text.")
    qr_svg: str

    @classmethod
    def of(cls, request: topups.TopUpRequest) -> "TopUpOut":
        same = {key: getattr(request, key) for key in ("reference", "status", "payload")}
        same |= {"created_at": request.created_at, "expires_at": request.expires_at}
        amounts = {"requested_satang": request.requested, "amount_satang": request.amount}
        return cls(request_id=request.id, qr_svg=qr_svg(request.payload), **amounts, **same)


class StatementLineOut(BaseModel):
    line_id: int
    bank_ref: str
    booked_at: datetime
    amount_satang: int
    description: str
    reference: str | None
    status: str
    matched_by: str | None
    reason: str
    topup_request_id: int | None
    member_id: int | None
    transfer_id: int | None
    decision_note: str | None

    @classmethod
    def of(cls, line: topups.ImportedLine) -> "StatementLineOut":
        fields = {key: value for key, value in vars(line).items() if key not in ("id", "amount")}
        return cls(line_id=line.id, amount_satang=line.amount, **fields)


class ImportReportOut(BaseModel):
    new: int
    duplicate: int
    matched: int
    unmatched: int
    unmatched_lines: list[StatementLineOut]


class Assignment(ApiModel):
    member_phone: Phone


class RefundNote(ApiModel):
    note: str = Field(description="How the baht went back (up to 500 characters).")


class Expired(BaseModel):
    expired: int
