"""``/savings/passbooks/{member}``: a member's passbook, or a statement for a period
(``?since=…&until=…``), as a page and as a PDF. Read by the member (through their wallet
login), the group's officers and the network's staff."""

from datetime import date
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
from thungngoen.savings.tables import CASH_IN
from thungngoen.savings.texts import LOAN_STATUS_LABELS
from thungngoen.web.form_values import typed_day
from thungngoen.web.sessions import PageUser

router = APIRouter(include_in_schema=False)
BODY = "savings/documents/_passbook.html"


def _passbook(
    connection: Connection, member_id: int, user: User, period: tuple[date | None, date | None]
) -> dict[str, Any]:
    access.require_member_reader(connection, member_id, user)
    today = savings.thai_today()
    book = savings.member_passbook(
        connection, member_id, as_of=today, since=period[0], until=period[1]
    )
    numbers = {m.id: m.number for m in savings.list_meetings(connection, book.group.id)}
    receipts = {
        numbers[meeting_id]: (receipt_id, receipt_label(book.group.code, number))
        for (meeting_id, _), (receipt_id, number) in receipt_ids(
            connection, member_id=member_id
        ).items()
    }
    saved = [line.savings_after for line in book.lines if line.savings_after is not None]
    return {
        "book": book,
        "period": period if any(period) else None,
        "receipts": receipts,
        "paid_kinds": CASH_IN,
        "closing": saved[-1] if saved else book.opening,
        "today": today,
        "loan_status_labels": LOAN_STATUS_LABELS,
        "treasurer": _treasurer(connection, book.group.id),
    }


def _treasurer(connection: Connection, group_id: int) -> str:
    """The name on the treasurer's signature line: the group's treasurer now ("" if none)."""
    for officer in savings.active_officers(connection, group_id):
        if officer.office == "treasurer":
            return savings.get_member(connection, officer.member_id).name
    return ""


def _period(since: str, until: str) -> tuple[date | None, date | None]:
    return typed_day(since), typed_day(until)


def _query(since: str, until: str) -> str:
    period = _period(since, until)
    pairs = [f"{name}={day}" for name, day in zip(("since", "until"), period, strict=True) if day]
    return "?" + "&".join(pairs) if pairs else ""


@router.get("/savings/passbooks/{member_id:id}")
async def passbook_page(
    request: Request, member_id: int, user: PageUser, since: str = "", until: str = ""
) -> Response:
    found = await checked_read(
        request, lambda c: _passbook(c, member_id, user, _period(since, until))
    )
    pdf = f"/savings/passbooks/{member_id}/pdf{_query(since, until)}"
    context = {**found, "body": BODY, "links": True}
    return document_page(request, "savings/passbook.html", context, pdf)


@router.get("/savings/passbooks/{member_id:id}/pdf")
async def passbook_pdf(
    request: Request, member_id: int, user: PageUser, since: str = "", until: str = ""
) -> Response:
    found = await checked_read(
        request, lambda c: _passbook(c, member_id, user, _period(since, until))
    )
    book: savings.Passbook = found["book"]
    name = f"passbook-{book.group.code}-{book.member.number}.pdf"
    return await document_pdf(request, BODY, {**found, "links": False}, name, book.member.name)
