"""The staff report's filters, from the query string: Thai days ``from``/``to``, a
program and an area. A filter that is not one gives an error next to its field."""

from dataclasses import dataclass, field
from datetime import date

from fastapi import Request

from thungngoen.circulation.errors import InvalidPeriod, UnknownArea
from thungngoen.errors import DomainError
from thungngoen.wallet import UnknownProgram
from thungngoen.web.form_values import typed_day

NOT_A_DAY = "Not a date: use the date picker (year-month-day)."
FIELD_OF_ERROR: dict[type[DomainError], str] = {
    InvalidPeriod: "from",
    UnknownArea: "area",
    UnknownProgram: "program",
}


@dataclass(frozen=True, slots=True)
class ReportFilters:
    first_text: str = ""
    last_text: str = ""
    program: str = ""
    area: str = ""
    first: date | None = None
    last: date | None = None
    errors: dict[str, str] = field(default_factory=dict)

    def params(self, **changed: str) -> dict[str, str]:
        """The query parameters of these filters, with ``changed`` ones replaced."""
        kept = {
            "from": self.first_text,
            "to": self.last_text,
            "program": self.program,
            "area": self.area,
        }
        return {**kept, **changed}


def report_filters(request: Request) -> ReportFilters:
    query = request.query_params
    first_text, last_text = query.get("from", "").strip(), query.get("to", "").strip()
    errors: dict[str, str] = {}
    first = typed_day(first_text) if first_text else None
    last = typed_day(last_text) if last_text else None
    if first_text and first is None:
        errors["from"] = NOT_A_DAY
    if last_text and last is None:
        errors["to"] = NOT_A_DAY
    return ReportFilters(
        first_text,
        last_text,
        query.get("program", "").strip()[:40],
        query.get("area", "").strip()[:16],
        first,
        last,
        errors,
    )
