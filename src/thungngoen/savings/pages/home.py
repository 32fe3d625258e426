"""``/savings``: "My savings" — the member's savings in each group they belong to (through
their wallet), and the groups where they hold an office with what they may do there.
The staff's view of the groups is the federation view."""

from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen import savings
from thungngoen.auth.users import User
from thungngoen.savings import access
from thungngoen.savings.pages.common import Powers, powers_in
from thungngoen.savings.texts import LOAN_STATUS_LABELS, OFFICE_LABELS
from thungngoen.web.page_ops import read
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import PageUser
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True, slots=True)
class Office:
    group: savings.Group
    powers: Powers


def _mine(connection: Connection, user: User) -> dict[str, Any]:
    today = savings.thai_today()
    books = [
        savings.member_passbook(connection, member.id, as_of=today)
        for member in access.own_memberships(connection, user)
    ]
    offices = [
        Office(group, powers_in(connection, group.id, user))
        for group in access.readable_groups(connection, user)
    ]
    groups = [book.group.id for book in books if book.member.left_on is None]
    return {
        "books": books,
        "offices": offices,
        "next_meetings": savings.next_meetings(connection, groups, today),
    }


@router.get("/savings")
async def my_savings(request: Request, user: PageUser) -> Response:
    if user.role in access.STAFF:
        return see_other(request, "/savings/federation")
    found = await read(request, lambda c: _mine(c, user))
    context = {**found, "office_labels": OFFICE_LABELS, "loan_status_labels": LOAN_STATUS_LABELS}
    return render(request, "savings/home.html", context)
