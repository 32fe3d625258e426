"""PromptPay top-ups: a member asks for a QR, the operator imports the bank statement.

The statement upload's body is the bank's CSV file itself (``Content-Type: text/csv``,
``charset`` parameter for non-UTF-8 exports such as ``cp874``). No route takes an
Idempotency-Key: asking for a top-up moves no money, and the statement routes are
idempotent by the line itself (imported once by ``bank_ref``, minted once, decided once).
"""

from datetime import datetime
from email.message import Message
from typing import Annotated, Final

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field
from sqlalchemy import Connection

from thungngoen import topups
from thungngoen.db import read_transaction, write_transaction
from thungngoen.db.types import utc_now
from thungngoen.wallet.api.schemas import Satang
from thungngoen.wallet.errors import WalletError
from thungngoen.wallet.people import member_for_user
from thungngoen.wallet.promptpay import qr_svg
from thungngoen.web.deps import EngineDep, MemberUser, OperatorUser, StaffUser

router = APIRouter(prefix="/api/v1", tags=["promptpay top-ups"])
MAX_STATEMENT_BYTES: Final = 5_000_000


class StatementUploadRejected(WalletError):
    code = "statement_upload"


class TopUpAsk(BaseModel):
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


class Assignment(BaseModel):
    member_phone: str


class RefundNote(BaseModel):
    note: str = Field(description="How the baht went back (up to 500 characters).")


class Expired(BaseModel):
    expired: int


async def statement_csv(request: Request) -> str:
    """The request body as text: a ``text/csv`` file of at most 5 MB. Routes declare it
    after the user, so that only an operator's upload is ever read."""
    header = Message()
    header["content-type"] = request.headers.get("content-type", "")
    if header.get_content_type() != "text/csv":
        raise StatementUploadRejected("send the statement as the body, Content-Type: text/csv")
    charset = header.get_content_charset("utf-8")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_STATEMENT_BYTES:
            raise StatementUploadRejected("a statement file is at most 5 MB: split it")
    try:
        return body.decode(charset)
    except (LookupError, UnicodeDecodeError):
        raise StatementUploadRejected(f"the file is not {charset} text") from None


StatementCsv = Annotated[str, Depends(statement_csv)]
CSV_BODY: Final = {
    "requestBody": {
        "required": True,
        "content": {"text/csv": {"schema": {"type": "string", "format": "binary"}}},
    }
}


@router.post("/me/promptpay-topups", status_code=201)
def request_topup(body: TopUpAsk, user: MemberUser, engine: EngineDep) -> TopUpOut:
    """Ask to top up: pay ``amount_satang`` (possibly bumped by a few satang so that it is
    unique) by scanning ``qr_svg`` in any Thai banking app before ``expires_at``."""

    def ask(connection: Connection) -> topups.TopUpRequest:
        member = member_for_user(connection, user.id)
        return topups.request_topup(
            connection, member.id, body.amount_satang, utc_now(), actor=f"user:{user.id}"
        )

    return TopUpOut.of(write_transaction(engine, ask))


@router.get("/me/promptpay-topups")
def my_open_topups(user: MemberUser, engine: EngineDep) -> list[TopUpOut]:
    """My top-up requests still waiting for payment."""
    with read_transaction(engine) as connection:
        member = member_for_user(connection, user.id)
        requests = topups.open_topup_requests(connection, member.id)
    return [TopUpOut.of(request) for request in requests]


@router.post("/operator/bank-statements", openapi_extra=CSV_BODY)
def import_statement(
    user: OperatorUser, csv_text: StatementCsv, engine: EngineDep
) -> ImportReportOut:
    """Import the bank statement. The body is the bank's CSV export itself, at most 5 MB:
    ``Content-Type: text/csv``, with a ``charset`` parameter if not UTF-8 (e.g. ``cp874``).
    New credit lines are matched to top-up requests and minted; lines seen before count
    as duplicates and change nothing, so repeating an upload is safe."""
    report = write_transaction(
        engine, lambda c: topups.import_statement(c, csv_text, f"user:{user.id}", utc_now())
    )
    counts = {key: getattr(report, key) for key in ("new", "duplicate", "matched", "unmatched")}
    lines = [StatementLineOut.of(line) for line in report.unmatched_lines]
    return ImportReportOut(**counts, unmatched_lines=lines)


@router.get("/operator/statement-lines/unmatched")
def unmatched_lines(user: StaffUser, engine: EngineDep) -> list[StatementLineOut]:
    """Statement lines that matched no request and wait for the operator's decision."""
    with read_transaction(engine) as connection:
        return [StatementLineOut.of(line) for line in topups.unmatched_lines(connection)]


@router.post("/operator/statement-lines/{line_id}/assign")
def assign_line(
    line_id: int, body: Assignment, user: OperatorUser, engine: EngineDep
) -> StatementLineOut:
    """Say whose payment an unmatched line was: its baht is minted into their wallet."""
    line = write_transaction(
        engine,
        lambda c: topups.assign_unmatched_by_phone(
            c, line_id, body.member_phone, f"user:{user.id}"
        ),
    )
    return StatementLineOut.of(line)


@router.post("/operator/statement-lines/{line_id}/refund")
def refund_line(
    line_id: int, body: RefundNote, user: OperatorUser, engine: EngineDep
) -> StatementLineOut:
    """Record that the baht of an unmatched line went back to the sender (outside the system)."""
    line = write_transaction(
        engine, lambda c: topups.refund_unmatched(c, line_id, f"user:{user.id}", body.note)
    )
    return StatementLineOut.of(line)


@router.post("/operator/promptpay-topups/expire")
def expire_requests(user: OperatorUser, engine: EngineDep) -> Expired:
    """Close the requests past their expiry, freeing their amounts for new requests."""
    expired = write_transaction(
        engine, lambda c: topups.expire_topup_requests(c, utc_now(), actor=f"user:{user.id}")
    )
    return Expired(expired=expired)
