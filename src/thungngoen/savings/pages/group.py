"""``/savings/groups/{id}``: a group's own page for its officers and the staff — its books,
its members with their savings, loans and arrears, loans by how overdue, its meetings,
and the way to the sheet, the loans, the share-out and the setup."""

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen import savings
from thungngoen.auth.users import User
from thungngoen.savings import access
from thungngoen.savings.arrears import BUCKETS, OVER_90
from thungngoen.savings.pages.common import checked_read, powers_in
from thungngoen.savings.texts import BUCKET_LABELS, OFFICE_LABELS
from thungngoen.web.sessions import PageUser
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)
BUCKET_ORDER = (*(name for _, name in BUCKETS), OVER_90)


def _group(connection: Connection, group_id: int, user: User) -> dict[str, Any]:
    access.require_group_reader(connection, group_id, user)
    today = savings.thai_today()
    report = savings.group_report(connection, group_id, today)
    return {
        "next_meeting": savings.next_meetings(connection, [group_id], today).get(group_id),
        "report": report,
        "powers": powers_in(connection, group_id, user),
        "meetings": list(reversed(savings.list_meetings(connection, group_id))),
    }


@router.get("/savings/groups/{group_id:id}")
async def group_page(request: Request, group_id: int, user: PageUser) -> Response:
    found = await checked_read(request, lambda c: _group(c, group_id, user))
    context = {
        **found,
        "office_labels": OFFICE_LABELS,
        "bucket_labels": BUCKET_LABELS,
        "buckets": BUCKET_ORDER,
    }
    return render(request, "savings/group.html", context)
