"""The statement: every movement with the balance after it, newest first, filtered by
date (Thai time), direction and kind, a page at a time (``before`` is the last line's
transfer number). The filters are in the query: they hold no personal data."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen.wallet.pages.member.common import FormState
from thungngoen.wallet.pages.member.statement import (
    KIND_LABELS,
    HistoryFilter,
    HistoryPage,
    history_page,
)
from thungngoen.wallet.people import member_for_user
from thungngoen.web.form_values import typed_day
from thungngoen.web.page_ops import read
from thungngoen.web.paging import cursor, page_link
from thungngoen.web.sessions import MemberPage
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)

PATH = "/wallet/history"
PAGE_SIZE = 20
BAD_DATE = "Choose a date from the calendar."


def _date(request: Request, state: FormState, name: str) -> date | None:
    text = state.values[name]
    day = typed_day(text) if text else None
    if text and day is None:
        state.reject(request, name, BAD_DATE)
    return day


def read_filter(request: Request, state: FormState) -> HistoryFilter:
    """The filter the query asks for; a value it cannot use is dropped, with an error."""
    start, end = _date(request, state, "from"), _date(request, state, "to")
    if start and end and end < start:
        state.reject(request, "to", "The end date is before the start date.")
        end = None
    direction = state.values["direction"] if state.values["direction"] in ("in", "out") else ""
    kind = state.values["kind"] if state.values["kind"] in KIND_LABELS else ""
    return HistoryFilter(start, end, direction, kind)


@router.get(PATH)
async def history(
    request: Request,
    user: MemberPage,
    start: Annotated[str, Query(alias="from")] = "",
    to: str = "",
    direction: str = "",
    kind: str = "",
    before: str = "",
) -> Response:
    values = {"from": start, "to": to, "direction": direction, "kind": kind}
    state = FormState({name: value.strip() for name, value in values.items()})
    wanted = read_filter(request, state)

    def look(connection: Connection) -> HistoryPage:
        account_id = member_for_user(connection, user.id).account_id
        return history_page(connection, account_id, wanted, PAGE_SIZE, cursor(before))

    page = await read(request, look)
    older = None
    if page.next_before is not None:
        older = page_link(PATH, {**state.values, "before": page.next_before})
    context = {
        "values": state.values,
        "field_errors": state.errors,
        "page": page,
        "kinds": KIND_LABELS,
        "older": older,
        "first_page": page_link(PATH, state.values) if before else None,
    }
    return render(request, "wallet/member/history.html", context)
