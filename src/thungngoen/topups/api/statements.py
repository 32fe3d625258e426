"""The operator's bank statements: upload one, read the unmatched lines, decide them.

The upload's body is the bank's CSV file itself (``Content-Type: text/csv``, ``charset``
parameter for non-UTF-8 exports such as ``cp874``). No route takes an Idempotency-Key:
the routes are idempotent by the line itself (imported once by ``bank_ref``, minted
once, decided once).
"""

from email.message import Message
from typing import Annotated, Final

from fastapi import APIRouter, Depends, Request

from thungngoen import topups
from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.db import read_transaction, write_transaction
from thungngoen.topups import access
from thungngoen.topups.api.schemas import (
    Assignment,
    ImportReportOut,
    RefundNote,
    StatementLineOut,
)
from thungngoen.topups.errors import StatementUploadRejected
from thungngoen.web.api_fields import Id
from thungngoen.web.deps import EngineDep, require_role

router = APIRouter(prefix="/api/v1", tags=["promptpay top-ups"])
Decider = Annotated[User, Depends(require_role(*access.DECIDERS))]
Reader = Annotated[User, Depends(require_role(*access.READERS))]
MAX_STATEMENT_BYTES: Final = 5_000_000


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


@router.post("/operator/bank-statements", openapi_extra=CSV_BODY)
def import_statement(user: Decider, csv_text: StatementCsv, engine: EngineDep) -> ImportReportOut:
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
def unmatched_lines(user: Reader, engine: EngineDep) -> list[StatementLineOut]:
    """Statement lines that matched no request and wait for the operator's decision."""
    with read_transaction(engine) as connection:
        return [StatementLineOut.of(line) for line in topups.unmatched_lines(connection)]


@router.post("/operator/statement-lines/{line_id}/assign")
def assign_line(
    line_id: Id, body: Assignment, user: Decider, engine: EngineDep
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
    line_id: Id, body: RefundNote, user: Decider, engine: EngineDep
) -> StatementLineOut:
    """Record that the baht of an unmatched line went back to the sender (outside the system)."""
    line = write_transaction(
        engine, lambda c: topups.refund_unmatched(c, line_id, f"user:{user.id}", body.note)
    )
    return StatementLineOut.of(line)
