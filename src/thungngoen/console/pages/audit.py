"""Operator console: the audit log viewer (filters in the query string: ids and codes
only, never a phone or national ID) and its hash-chain check."""

from collections.abc import Mapping
from datetime import date
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from thungngoen.audit.verify import audit_chain
from thungngoen.console.pages.audit_entries import (
    PEOPLE_SUBJECTS,
    AuditFilters,
    audit_page,
    looks_personal,
)
from thungngoen.console.pages.audit_sentences import describe
from thungngoen.console.pages.doors import ConsolePage
from thungngoen.web.form_errors import in_language
from thungngoen.web.form_values import typed_day
from thungngoen.web.i18n import language_of
from thungngoen.web.page_ops import read
from thungngoen.web.paging import cursor, page_link
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)

TEXT_FILTERS = ("action", "actor", "subject_type", "subject_id")
MAX_FILTER = 80


@router.get("/console/audit")
async def audit_log_page(request: Request, user: ConsolePage) -> Response:
    filters, errors = parse_filters(request.query_params)
    entries, more = ([], False) if errors else await read(request, lambda c: audit_page(c, filters))
    context = {
        "filters": filters,
        "field_errors": in_language(request, errors),
        "entries": entries,
        "older": older_link(filters, entries[-1].entry.id) if more else None,
        "describe": lambda entry: describe(entry, language_of(request)),
        "people_subjects": PEOPLE_SUBJECTS,
    }
    status = 422 if errors else 200
    return render(request, "console/audit.html", context, status_code=status)


@router.get("/console/audit/chain")
async def chain_status(request: Request, user: ConsolePage) -> Response:
    """The chain check walks the whole log, so the page loads it afterwards (htmx)."""
    result = await read(request, audit_chain)
    return render(request, "console/_chain.html", {"chain": result})


def parse_filters(params: Mapping[str, str]) -> tuple[AuditFilters, dict[str, str]]:
    """The filters and, by field, the English text of what is wrong with them."""
    texts = {name: params.get(name, "").strip()[:MAX_FILTER] for name in TEXT_FILTERS}
    errors = {
        name: "Personal data does not belong here: search people on the People page."
        for name, value in texts.items()
        if looks_personal(value.replace("-", "").replace(" ", ""))
    }
    since, until = _day(params, "since", errors), _day(params, "until", errors)
    if since and until and until < since:
        errors["until"] = "The end date is before the start date."
    before_id = cursor(params.get("before", ""))
    return AuditFilters(**texts, since=since, until=until, before_id=before_id), errors


def _day(params: Mapping[str, str], name: str, errors: dict[str, str]) -> date | None:
    text = params.get(name, "").strip()
    day = typed_day(text) if text else None
    if text and day is None:
        errors[name] = "Not a date: use the date picker (year-month-day)."
    return day


def older_link(filters: AuditFilters, last_id: int) -> str:
    fields: dict[str, Any] = {name: getattr(filters, name) for name in TEXT_FILTERS}
    fields |= {"since": filters.since, "until": filters.until, "before": last_id}
    return page_link("/console/audit", fields)
