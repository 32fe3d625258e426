"""``/console/statements``: upload the bank's statement CSV (each new credit line is matched
to a PromptPay top-up request and minted; lines seen before change nothing), then the
reconciliation: what matched, and the unmatched lines beside the unpaid requests."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from thungngoen import topups
from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.errors import DomainError
from thungngoen.topups import access
from thungngoen.topups.bank_statement import StatementFormatError
from thungngoen.topups.pages.statement_file import decoded_statement
from thungngoen.topups.pages.statement_queries import reconciliation
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import FieldErrors, rejection, translated
from thungngoen.web.forms import MAX_UPLOAD_BYTES, uploaded_file
from thungngoen.web.i18n import language_of
from thungngoen.web.page_ops import read, write
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import actor_of, page_role
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)
ReaderPage = Annotated[User, Depends(page_role(*access.READERS))]
DeciderPage = Annotated[User, Depends(page_role(*access.DECIDERS))]
"""Declared before the form, so that an auditor's or anyone else's upload is never read."""
FILE_FIELD = "statement"
REPORT_KEYS = ("new", "seen", "matched", "unmatched")
ON_LINE = "line {line}"
MATCH_LABELS = {"reference": "by reference", "amount": "by amount"}


async def statements_screen(
    request: Request, user: User, errors: FieldErrors | None = None, status: int = 200
) -> Response:
    found = await read(request, reconciliation)
    typed = {key: request.query_params.get(key, "") for key in REPORT_KEYS}
    report = (
        {k: int(v) for k, v in typed.items()} if all(map(str.isdigit, typed.values())) else None
    )
    context = {
        "rec": found,
        "report": report,
        "may_act": access.may_decide(user),
        "match_labels": MATCH_LABELS,
        "field_errors": errors or {},
        "max_megabytes": MAX_UPLOAD_BYTES // (1024 * 1024),
    }
    return render(request, "topups/statements.html", context, status_code=status)


@router.get("/console/statements")
async def statements_page(request: Request, user: ReaderPage) -> Response:
    return await statements_screen(request, user)


def _format_problem(request: Request, error: DomainError) -> str:
    """The rejection in the user's language, with the line of the file it is about."""
    text = rejection(request, error)
    if isinstance(error, StatementFormatError) and language_of(request) == "th":
        text += f" ({translated(request, ON_LINE).format(line=error.line)})"
    return text


@router.post("/console/statements")
async def upload_statement(request: Request, user: DeciderPage, form: CheckedForm) -> Response:
    upload = uploaded_file(request, FILE_FIELD)
    text, trouble = decoded_statement(upload.data if upload else b"")
    if text is None:
        return await statements_screen(
            request, user, {FILE_FIELD: translated(request, trouble)}, 422
        )
    try:
        report = await write(
            request, lambda c: topups.import_statement(c, text, actor_of(user), utc_now())
        )
    except DomainError as error:
        errors = {FILE_FIELD: _format_problem(request, error)}
        return await statements_screen(request, user, errors, 422)
    counts = (report.new, report.duplicate, report.matched, report.unmatched)
    query = "&".join(f"{key}={count}" for key, count in zip(REPORT_KEYS, counts, strict=True))
    return see_other(request, f"/console/statements?{query}", flash="Statement imported.")
