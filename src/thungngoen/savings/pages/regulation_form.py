"""The regulation as a form: amounts in baht, rates and shares in percent (the loan rate
per month, as the groups say "1% a month"), counts as whole numbers."""

import dataclasses
from datetime import date
from decimal import Decimal, InvalidOperation

from fastapi import Request

from thungngoen import savings
from thungngoen.savings.pages.common import required_day, typed_amount, whole_number
from thungngoen.web.form_errors import FieldErrors, translated
from thungngoen.web.form_fields import baht_input

BAHT = ("commitment", "fine_missed_commitment", "fine_late_repayment", "welfare_monthly")
PERCENT = ("interest_bp", "enterprise_bp", "dividend_bp", "welfare_bp", "reserve_bp")
WHOLE = ("max_loan_percent", "max_loan_months", "approvals_required")
CHOICES = ("interest_method", "repayment_method", "enterprise_basis")
FIELDS = ("effective_from", "voluntary_allowed", *BAHT, *PERCENT, *WHOLE, *CHOICES)
BAD_PERCENT = "Type a percent, like 1 or 1.25."


def regulation_values(rules: savings.Regulation, day: date) -> dict[str, str]:
    """The form filled with ``rules``, effective from ``day``."""
    values = {name: str(getattr(rules, name)) for name in WHOLE + CHOICES}
    values |= {name: baht_input(getattr(rules, name), short=True) or "0" for name in BAHT}
    values |= {name: f"{Decimal(getattr(rules, name)) / 100:f}" for name in PERCENT}
    values["voluntary_allowed"] = "on" if rules.voluntary_allowed else ""
    values["effective_from"] = day.isoformat()
    return values


def _basis_points(request: Request, values: dict[str, str], name: str, errors: FieldErrors) -> int:
    try:
        points = Decimal(values.get(name, "").strip()) * 100
    except InvalidOperation:
        points = Decimal(-1)
    if not points.is_finite() or points < 0 or points != points.to_integral_value():
        errors[name] = translated(request, BAD_PERCENT)
        return 0
    return int(points)


def read_regulation(
    request: Request, form: dict[str, str]
) -> tuple[savings.Regulation | None, date | None, FieldErrors]:
    errors: FieldErrors = {}
    terms: dict[str, object] = {name: form.get(name, "").strip() for name in CHOICES}
    terms |= {name: typed_amount(request, form, name, errors) for name in BAHT}
    terms |= {name: _basis_points(request, form, name, errors) for name in PERCENT}
    terms |= {name: whole_number(request, form, name, errors) for name in WHOLE}
    terms["voluntary_allowed"] = bool(form.get("voluntary_allowed"))
    day = required_day(request, form, "effective_from", errors)
    if errors:
        return None, day, errors
    fields = {field.name for field in dataclasses.fields(savings.Regulation)}
    assert fields == set(terms), fields ^ set(terms)
    return savings.Regulation(**terms), day, errors  # type: ignore[arg-type]
