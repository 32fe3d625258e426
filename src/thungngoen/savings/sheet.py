"""The monthly meeting sheet the treasurer enters: what each member brought and took,
the loans paid out, the group's expenses, welfare grants and corrections of earlier
meetings. Amounts are satang. ``check_shape`` refuses a malformed sheet before anything
is looked up; the rules that need the books live in ``plan``.

Field names in rejections (``InvalidSheet.field``) say where: ``held_on``,
``m<member id>.<field>``, ``m<member id>.repay.<loan id>``, ``loan<loan id>``,
``expense<index>``, ``grant<index>``, ``correction<index>``.
"""

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import date

from thungngoen.savings.errors import InvalidSheet
from thungngoen.savings.tables import CHANNELS

MAX_AMOUNT = 10_000_000
"""100,000 baht: one amount above this on a community group's sheet is a typing slip."""
MAX_TEXT = 200


@dataclass(frozen=True, slots=True)
class Repayment:
    loan_id: int
    amount: int


@dataclass(frozen=True, slots=True)
class MemberLine:
    member_id: int
    present: bool = True
    commitment: int = 0
    voluntary: int = 0
    welfare: int = 0
    fine: int = 0
    withdrawal: int = 0
    repayments: tuple[Repayment, ...] = ()


@dataclass(frozen=True, slots=True)
class Disbursement:
    loan_id: int
    channel: str = "cash"
    """``cash`` from the treasurer, or ``coin`` into the borrower's wallet."""


@dataclass(frozen=True, slots=True)
class Expense:
    amount: int
    memo: str


@dataclass(frozen=True, slots=True)
class WelfareGrant:
    member_id: int
    amount: int
    reason: str


@dataclass(frozen=True, slots=True)
class Correction:
    """Reverse one entry of an earlier meeting, saying why."""

    entry_id: int
    reason: str


@dataclass(frozen=True, slots=True)
class MeetingSheet:
    group_id: int
    held_on: date
    lines: tuple[MemberLine, ...] = ()
    disbursements: tuple[Disbursement, ...] = ()
    expenses: tuple[Expense, ...] = ()
    welfare_grants: tuple[WelfareGrant, ...] = ()
    corrections: tuple[Correction, ...] = ()
    note: str = ""


LINE_AMOUNTS = ("commitment", "voluntary", "welfare", "fine", "withdrawal")


def sheet_hash(sheet: MeetingSheet) -> str:
    canonical = json.dumps(asdict(sheet), sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _amount(value: object, field: str, positive: bool = False) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidSheet("an amount is a whole number of satang", field)
    if not (value > 0 if positive else value >= 0) or value > MAX_AMOUNT:
        least = "more than 0" if positive else "0 or more"
        raise InvalidSheet(f"an amount is {least} and at most 100,000 baht", field)


def _text(value: str, field: str) -> None:
    if not value.strip() or len(value) > MAX_TEXT:
        raise InvalidSheet(f"give a reason of up to {MAX_TEXT} characters", field)


def _unique(keys: list[object], field: str, what: str) -> None:
    if len(keys) != len(set(keys)):
        raise InvalidSheet(f"each {what} appears once on a sheet", field)


def check_shape(sheet: MeetingSheet) -> None:
    if len(sheet.note) > 500:
        raise InvalidSheet("a note is at most 500 characters", "note")
    _unique([line.member_id for line in sheet.lines], "lines", "member")
    for line in sheet.lines:
        for name in LINE_AMOUNTS:
            _amount(getattr(line, name), f"m{line.member_id}.{name}")
        _unique([r.loan_id for r in line.repayments], f"m{line.member_id}.repay", "loan")
        for repayment in line.repayments:
            _amount(repayment.amount, f"m{line.member_id}.repay.{repayment.loan_id}", True)
    _unique([d.loan_id for d in sheet.disbursements], "disbursements", "loan")
    for disbursement in sheet.disbursements:
        if disbursement.channel not in CHANNELS:
            raise InvalidSheet("a loan is paid in cash or coin", f"loan{disbursement.loan_id}")
    for index, expense in enumerate(sheet.expenses):
        _amount(expense.amount, f"expense{index}", True)
        _text(expense.memo, f"expense{index}")
    for index, grant in enumerate(sheet.welfare_grants):
        _amount(grant.amount, f"grant{index}", True)
        _text(grant.reason, f"grant{index}")
    _unique([c.entry_id for c in sheet.corrections], "corrections", "corrected entry")
    for index, correction in enumerate(sheet.corrections):
        _text(correction.reason, f"correction{index}")
