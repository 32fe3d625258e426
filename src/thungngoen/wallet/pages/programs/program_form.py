"""The rules of a program as a form: read into ``ProgramTerms`` (create and edit share it)
and written back from a program to edit it."""

from typing import Any

from fastapi import Request

from thungngoen.wallet import programs
from thungngoen.wallet.book import COMMUNITY_FUNDS
from thungngoen.wallet.pages.signup import districts
from thungngoen.wallet.people import MERCHANT_CATEGORIES
from thungngoen.web.form_errors import REQUIRED, FieldErrors, translated
from thungngoen.web.form_fields import (
    amount_field,
    baht_input,
    local_input,
    moment_field,
)

AREA_PREFIX = "area-"
EXCLUDE_PREFIX = "exclude-"
TEXT_FIELDS = (
    "code",
    "name",
    "kind",
    "valid_from",
    "valid_until",
    "daily_limit",
    "monthly_limit",
    "fund_code",
    "allowance",
)
FIELD_OF_CODE = {"duplicate_program": "code", "unknown_place": "area"}
KIND_LABELS = {"sandbox": "Sandbox (area and limits)", "event": "Event (allowances)"}
CATEGORY_LABELS = {
    "food": "Food",
    "grocery": "Grocery",
    "market": "Market stall",
    "service": "Services",
    "producer": "Producer",
    "wholesale": "Wholesale",
    "crafts": "Crafts",
    "alcohol": "Alcohol",
    "tobacco": "Tobacco",
    "lottery": "Lottery",
}
"""English names (translated on the page) of ``MERCHANT_CATEGORIES``."""


def form_choices() -> dict[str, Any]:
    """What the rule fields offer: sub-districts by district, categories, funds, kinds."""
    return {
        "districts": districts(),
        "categories": MERCHANT_CATEGORIES,
        "funds": COMMUNITY_FUNDS,
        "kinds": programs.PROGRAM_KINDS,
        "kind_labels": KIND_LABELS,
        "category_labels": CATEGORY_LABELS,
    }


def posted_values(form: dict[str, str]) -> dict[str, Any]:
    """The form as typed, to show it again: text fields, chosen areas and categories."""
    values: dict[str, Any] = {field: form.get(field, "").strip() for field in TEXT_FIELDS}
    values["area"] = {key.removeprefix(AREA_PREFIX) for key in form if key.startswith(AREA_PREFIX)}
    values["excluded"] = {
        key.removeprefix(EXCLUDE_PREFIX) for key in form if key.startswith(EXCLUDE_PREFIX)
    }
    return values


def program_values(program: programs.Program) -> dict[str, Any]:
    """A program's terms as the edit form shows them."""
    return {
        "code": program.code,
        "name": program.name,
        "kind": program.kind,
        "valid_from": local_input(program.valid_from),
        "valid_until": local_input(program.valid_until),
        "daily_limit": baht_input(program.daily_limit),
        "monthly_limit": baht_input(program.monthly_limit),
        "fund_code": program.fund_code or "",
        "allowance": baht_input(program.allowance),
        "area": set(program.allowed_tambons),
        "excluded": set(program.excluded_categories),
    }


def terms_from(
    request: Request, values: dict[str, Any]
) -> tuple[programs.ProgramTerms | None, FieldErrors]:
    """The terms typed, or the fields to fix (the domain checks the rules themselves)."""
    errors: FieldErrors = {}
    if not values["name"]:
        errors["name"] = translated(request, REQUIRED)
    valid_from = moment_field(request, values, "valid_from", errors, required=True)
    valid_until = moment_field(request, values, "valid_until", errors, required=False)
    daily = amount_field(request, values, "daily_limit", errors, required=False)
    monthly = amount_field(request, values, "monthly_limit", errors, required=False)
    allowance = amount_field(request, values, "allowance", errors, required=False)
    if errors or valid_from is None:
        return None, errors
    terms = programs.ProgramTerms(
        name=values["name"],
        valid_from=valid_from,
        valid_until=valid_until,
        allowed_tambons=tuple(sorted(values["area"])),
        excluded_categories=tuple(sorted(values["excluded"])),
        daily_limit=daily,
        monthly_limit=monthly,
        fund_code=values["fund_code"] or None,
        allowance=allowance,
    )
    return terms, {}
