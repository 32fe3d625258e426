"""The operator's decision on a statement line nothing matched: credit it to a member (the
one who asked by an open request, or one named by phone), or record that the baht went
back to the sender. A line is decided once: a repeated submit shows the same result."""

from collections.abc import Callable

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen import topups
from thungngoen.auth.users import User
from thungngoen.errors import DomainError
from thungngoen.topups.pages.statements import DeciderPage, statements_screen
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import REQUIRED, rejection, translated
from thungngoen.web.form_values import typed_phone
from thungngoen.web.page_ops import read, write
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import actor_of

router = APIRouter(include_in_schema=False)
CHOOSE_ONE = "Choose an open request or type a phone number, not both."
ASSIGNED = "Line credited to the member."
REFUNDED = "Line recorded as refunded to the sender."


def _member_named(request_id: str, phone: str) -> Callable[[Connection], int]:
    """The member the operator means: the one who made the open request, or by phone."""

    def member_id(connection: Connection) -> int:
        if request_id:
            return topups.get_topup_request(connection, int(request_id)).member_id
        return topups.member_by_phone(connection, phone).id

    return member_id


async def _decide(
    request: Request,
    user: User,
    line_id: int,
    field: str,
    work: Callable[[Connection], topups.ImportedLine],
    same: Callable[[Connection, topups.ImportedLine], bool],
    flash: str,
) -> Response:
    """Run the decision; if the line was decided meanwhile the same way (``same``: a
    double submit), show the same result, else the refusal next to ``field`` (or above
    the waiting lines, once the line no longer waits)."""
    try:
        await write(request, work)
    except topups.UnknownStatementLine:
        raise HTTPException(status_code=404) from None
    except DomainError as error:

        def decided_alike(connection: Connection) -> tuple[bool, str]:
            line = topups.get_statement_line(connection, line_id)
            return line.status != "unmatched" and same(connection, line), line.status

        alike, status = await read(request, decided_alike)
        if not (isinstance(error, topups.StatementLineDecided) and alike):
            shown_at = field if status == "unmatched" else "decision"
            return await statements_screen(
                request, user, {shown_at: rejection(request, error)}, 422
            )
    return see_other(request, "/console/statements", flash=flash)


@router.post("/console/statements/lines/{line_id:id}/assign")
async def assign_line(
    request: Request, user: DeciderPage, form: CheckedForm, line_id: int
) -> Response:
    field = f"assign-{line_id}"
    request_id = form.get("request_id", "").strip()
    typed = form.get("phone", "").strip()
    if bool(request_id) == bool(typed) or (request_id and not request_id.isdigit()):
        text = translated(request, CHOOSE_ONE if typed else REQUIRED)
        return await statements_screen(request, user, {field: text}, 422)
    phone = ""
    if typed:
        try:
            phone = typed_phone(typed)
        except ValueError as problem:
            return await statements_screen(
                request, user, {field: translated(request, str(problem))}, 422
            )
    member_id = _member_named(request_id, phone)

    def work(connection: Connection) -> topups.ImportedLine:
        return topups.assign_unmatched(connection, line_id, member_id(connection), actor_of(user))

    def same(connection: Connection, line: topups.ImportedLine) -> bool:
        return line.status == "assigned" and line.member_id == member_id(connection)

    return await _decide(request, user, line_id, field, work, same, ASSIGNED)


@router.post("/console/statements/lines/{line_id:id}/refund")
async def refund_line(
    request: Request, user: DeciderPage, form: CheckedForm, line_id: int
) -> Response:
    field = f"note-{line_id}"
    note = form.get(field, "").strip()
    if not note:
        return await statements_screen(request, user, {field: translated(request, REQUIRED)}, 422)

    def work(connection: Connection) -> topups.ImportedLine:
        return topups.refund_unmatched(connection, line_id, actor_of(user), note)

    def same(connection: Connection, line: topups.ImportedLine) -> bool:
        return line.status == "refunded" and line.decision_note == note

    return await _decide(request, user, line_id, field, work, same, REFUNDED)
