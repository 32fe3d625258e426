"""``/savings/meetings/{id}``: a meeting's monthly report (each member's line, the
totals, the other items, money in and out) as a page and as a PDF, for the group's
officers and the network's staff."""

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen import savings
from thungngoen.auth.users import User
from thungngoen.savings import access
from thungngoen.savings.pages.common import checked_read
from thungngoen.savings.pages.documents import document_page, document_pdf
from thungngoen.savings.receipts import receipt_ids, receipt_label
from thungngoen.web.sessions import PageUser

router = APIRouter(include_in_schema=False)
BODY = "savings/documents/_meeting.html"
COLUMNS = (
    "commitment",
    "voluntary",
    "welfare_contribution",
    "fine",
    "repayment_principal",
    "repayment_interest",
    "withdrawal",
    "disbursement",
)
ALWAYS = frozenset({"commitment", "voluntary", "fine", "withdrawal"})
OTHER_KINDS = frozenset({"expense", "welfare_grant"})


def _report(connection: Connection, meeting_id: int, user: User) -> dict[str, Any]:
    meeting = savings.get_meeting(connection, meeting_id)
    access.require_group_reader(connection, meeting.group_id, user)
    report = savings.meeting_report(connection, meeting_id)
    code = report.group.code
    receipts = {
        member_id: (receipt_id, receipt_label(code, number))
        for (_, member_id), (receipt_id, number) in receipt_ids(
            connection, meeting_id=meeting_id
        ).items()
    }
    return {
        "report": report,
        "receipts": receipts,
        "columns": [kind for kind in COLUMNS if kind in ALWAYS or kind in report.totals],
        "others": [
            entry
            for entry in report.entries
            if entry.kind in OTHER_KINDS or entry.corrects_entry_id is not None
        ],
        "names": {line.member.id: line.member.name for line in report.lines},
        "present": sum(1 for line in report.lines if line.present),
    }


@router.get("/savings/meetings/{meeting_id:id}")
async def meeting_page(request: Request, meeting_id: int, user: PageUser) -> Response:
    found = await checked_read(request, lambda c: _report(c, meeting_id, user))
    context = {**found, "body": BODY, "links": True}
    return document_page(
        request, "savings/meeting.html", context, f"/savings/meetings/{meeting_id}/pdf"
    )


@router.get("/savings/meetings/{meeting_id:id}/pdf")
async def meeting_pdf(request: Request, meeting_id: int, user: PageUser) -> Response:
    found = await checked_read(request, lambda c: _report(c, meeting_id, user))
    report: savings.MeetingReport = found["report"]
    name = f"report-{report.group.code}-{report.meeting.number}.pdf"
    title = f"{report.group.name} {report.meeting.number}"
    return await document_pdf(request, BODY, {**found, "links": False}, name, title)
