"""The posted meeting sheet, read from its own fields only (so the same form posted twice
makes the same sheet whatever happened in between): ``m<member>.row`` marks a member's
row, ``m<member>.<amount>`` and ``m<member>.repay.<loan>`` its cells, ``loan<loan>`` a
payout, and numbered rows of expenses, welfare grants and corrections.

Mistakes are keyed as the operations name sheet fields (``InvalidSheet.field``), except
that an expense, grant or correction is keyed by its row on the form (a blank row is not
on the sheet, so the sheet's index may differ): ``SheetForm.where`` translates.
"""

import re
from dataclasses import dataclass, field
from datetime import date

from fastapi import Request

from thungngoen import savings
from thungngoen.savings.pages.common import required_day, typed_amount
from thungngoen.savings.pages.sheet_data import CORRECTION_ROWS, EXPENSE_ROWS, GRANT_ROWS
from thungngoen.savings.sheet import LINE_AMOUNTS
from thungngoen.web.form_errors import REQUIRED, FieldErrors, translated

ROW = re.compile(r"m(\d+)\.row")
REPAY = re.compile(r"m(\d+)\.repay\.(\d+)")
PAYOUT = re.compile(r"loan(\d+)")
NEEDS_TEXT = "Say what it was for."
NEEDS_MEMBER = "Choose the member."
NEEDS_ENTRY = "Choose the entry to correct."


@dataclass
class SheetForm:
    errors: FieldErrors = field(default_factory=dict)
    rows: dict[str, str] = field(default_factory=dict)
    """Sheet field (``expense0``) → the form row it came from (``expense2``)."""

    def where(self, sheet_field: str) -> str:
        return self.rows.get(sheet_field, sheet_field)


def read_sheet(
    request: Request, form: dict[str, str], group_id: int
) -> tuple[savings.MeetingSheet | None, SheetForm]:
    """The sheet the form describes, or ``None`` with the mistakes by field."""
    state = SheetForm()
    held_on = required_day(request, form, "held_on", state.errors)
    lines = tuple(_line(request, form, member_id, state) for member_id in _ids(ROW, form))
    sheet = savings.MeetingSheet(
        group_id,
        held_on or date.min,
        lines,
        disbursements=_payouts(form),
        expenses=tuple(_expenses(request, form, state)),
        welfare_grants=tuple(_grants(request, form, state)),
        corrections=tuple(_corrections(request, form, state)),
        note=form.get("note", "").strip(),
    )
    return (None if state.errors else sheet), state


def _ids(pattern: re.Pattern[str], form: dict[str, str]) -> list[int]:
    return sorted({int(found.group(1)) for name in form if (found := pattern.fullmatch(name))})


def _line(
    request: Request, form: dict[str, str], member_id: int, state: SheetForm
) -> savings.MemberLine:
    prefix = f"m{member_id}"
    amounts = {
        name: typed_amount(request, form, f"{prefix}.{name}", state.errors) for name in LINE_AMOUNTS
    }
    repayments = []
    for name in sorted(form, key=_loan_of):
        found = REPAY.fullmatch(name)
        if found and int(found.group(1)) == member_id:
            amount = typed_amount(request, form, name, state.errors)
            if amount:
                repayments.append(savings.Repayment(int(found.group(2)), amount))
    return savings.MemberLine(
        member_id,
        present=f"{prefix}.present" in form,
        repayments=tuple(repayments),
        **amounts,
    )


def _loan_of(name: str) -> int:
    found = REPAY.fullmatch(name)
    return int(found.group(2)) if found else 0


def _payouts(form: dict[str, str]) -> tuple[savings.Disbursement, ...]:
    return tuple(
        savings.Disbursement(loan_id, form.get(f"loan{loan_id}.channel", "cash"))
        for loan_id in _ids(PAYOUT, form)
        if form.get(f"loan{loan_id}") == "pay"
    )


def _rows(
    request: Request, form: dict[str, str], kind: str, count: int, state: SheetForm
) -> list[tuple[str, int, str, str]]:
    """The filled rows ``kind0…`` as (row, amount, text, choice); a half-filled row is a
    mistake."""
    filled: list[tuple[str, int, str, str]] = []
    for index in range(count):
        row = f"{kind}{index}"
        text = form.get(f"{row}.text", "").strip()
        typed = form.get(f"{row}.amount", "").strip()
        chosen = form.get(f"{row}.choice", "").strip()
        if not (text or typed or chosen):
            continue
        amount = typed_amount(request, form, f"{row}.amount", state.errors, row)
        if row not in state.errors and not text:
            state.errors[row] = translated(request, NEEDS_TEXT)
        elif row not in state.errors and kind != "correction" and not amount:
            state.errors[row] = translated(request, REQUIRED)
        state.rows[f"{kind}{len(filled)}"] = row
        filled.append((row, amount, text, chosen))
    return filled


def _choice(request: Request, state: SheetForm, row: str, chosen: str, missing: str) -> int:
    if not chosen.isdigit():
        state.errors.setdefault(row, translated(request, missing))
        return 0
    return int(chosen)


def _expenses(request: Request, form: dict[str, str], state: SheetForm) -> list[savings.Expense]:
    return [
        savings.Expense(amount, text)
        for _, amount, text, _ in _rows(request, form, "expense", EXPENSE_ROWS, state)
    ]


def _grants(request: Request, form: dict[str, str], state: SheetForm) -> list[savings.WelfareGrant]:
    return [
        savings.WelfareGrant(_choice(request, state, row, chosen, NEEDS_MEMBER), amount, text)
        for row, amount, text, chosen in _rows(request, form, "grant", GRANT_ROWS, state)
    ]


def _corrections(
    request: Request, form: dict[str, str], state: SheetForm
) -> list[savings.Correction]:
    return [
        savings.Correction(_choice(request, state, row, chosen, NEEDS_ENTRY), text)
        for row, _, text, chosen in _rows(request, form, "correction", CORRECTION_ROWS, state)
    ]
