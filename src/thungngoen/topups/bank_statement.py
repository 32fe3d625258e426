"""Bank statement CSV exports → the credit lines that may be top-ups of the wallet.

Two layouts, told apart by the header (the first non-blank line): the generic
``date,time,amount,description,reference,bank_ref`` with one signed amount (negative =
money out) and the bank's transaction id; and a Thai-bank-style export,
``วันที่,เวลา,รายการ,ถอน,ฝาก,คงเหลือ,รายละเอียด``, with withdrawal (ถอน) and deposit (ฝาก)
columns and no transaction id. Columns may come in any order; extra ones are ignored.
Dates are ``YYYY-MM-DD`` or ``DD/MM/YYYY``, a year above 2400 being Buddhist Era (minus
543); times are Thai local time (UTC+7), empty meaning midnight; amounts like ``1,234.50``.

A line without a ``bank_ref`` gets one derived from its content and its occurrence
among identical lines, so importing the same statement twice yields the same refs and
the import (which skips refs it has seen) is idempotent.
"""

import csv
import hashlib
import io
import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Final

from thungngoen.errors import DomainError
from thungngoen.thai import THAI_TIME

TOPUP_REFERENCE: Final = re.compile(r"(?<![0-9A-Za-z])TN[0-9A-Za-z]{8}(?![0-9A-Za-z])", re.I)
_THAI_DIGITS: Final = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_AMOUNT: Final = re.compile(r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?")
_GENERIC: Final = {
    key: {key} for key in ("date", "time", "amount", "description", "reference", "bank_ref")
}
_THAI: Final = {"date": {"วันที่"}, "time": {"เวลา"}, "kind": {"รายการ"}, "details": {"รายละเอียด"}}
_THAI.update(withdrawal={"ถอน", "ถอนเงิน"}, deposit={"ฝาก", "ฝากเงิน"})


@dataclass(frozen=True)
class StatementLine:
    bank_ref: str
    booked_at: datetime  # aware, UTC
    amount_satang: int  # always > 0: only credits are returned
    description: str
    reference: str | None  # a top-up reference ("TN" + 8 letters or digits), upper case


class StatementFormatError(DomainError):
    code = "statement_format"

    def __init__(self, line: int, problem: str) -> None:
        super().__init__(f"line {line}: {problem}")
        self.line = line


def _columns(header: list[str], names: dict[str, set[str]]) -> dict[str, int] | None:
    cells = [cell.strip().lower() for cell in header]
    found = {key: i for key, aliases in names.items() for i, c in enumerate(cells) if c in aliases}
    return found if len(found) == len(names) else None


def _date(text: str) -> date:
    text = text.strip().translate(_THAI_DIGITS)
    if match := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
        year, month, day = (int(part) for part in match.groups())
    elif match := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text):
        day, month, year = (int(part) for part in match.groups())
    else:
        raise ValueError(f"not a date (YYYY-MM-DD or DD/MM/YYYY): {text!r}")
    return date(year - 543 if year > 2400 else year, month, day)


def _time(text: str) -> time:
    text = text.strip().translate(_THAI_DIGITS)
    if not text:
        return time(0, 0)
    if match := re.fullmatch(r"(\d{1,2})[:.](\d{2})(?::(\d{2}))?", text):
        hour, minute, second = (int(part) for part in match.groups(default="0"))
        return time(hour, minute, second)
    raise ValueError(f"not a time (HH:MM or HH:MM:SS): {text!r}")


def _satang(text: str) -> int:
    text = text.strip().translate(_THAI_DIGITS)
    if text in {"", "-"}:
        return 0
    if not _AMOUNT.fullmatch(text):
        raise ValueError(f"not an amount: {text!r}")
    return int(Decimal(text.replace(",", "")) * 100)


def _derived_refs(rows: list[list[str]], width: int) -> list[str]:
    """SHA-256 (16 hex) of each normalised row and its occurrence among identical rows."""
    seen: Counter[str] = Counter()
    refs = []
    for row in rows:
        key = "\x1f".join(cell.strip() for cell in row[:width])
        refs.append(hashlib.sha256(f"{key}\n{seen[key]}".encode()).hexdigest()[:16])
        seen[key] += 1
    return refs


def _read(text: str) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff")), strict=True)
    try:
        return [(reader.line_num, row) for row in reader if any(cell.strip() for cell in row)]
    except csv.Error as error:
        raise StatementFormatError(reader.line_num, f"not a readable CSV file: {error}") from None


def _fields(row: list[str], columns: dict[str, int], generic: bool) -> tuple[int, str, str, str]:
    """(signed credit amount, description, text holding a top-up reference, bank_ref)."""
    if generic:
        description = row[columns["description"]].strip()
        found_in = f"{row[columns['reference']]} {description}"
        return _satang(row[columns["amount"]]), description, found_in, row[columns["bank_ref"]]
    deposit, withdrawal = _satang(row[columns["deposit"]]), _satang(row[columns["withdrawal"]])
    if deposit < 0 or withdrawal < 0 or (deposit and withdrawal):
        raise ValueError("a line is a withdrawal or a deposit, never both nor negative")
    parts = (row[columns["kind"]].strip(), row[columns["details"]].strip())
    description = " ".join(part for part in parts if part)
    return deposit, description, description, ""


def parse_statement(text: str) -> list[StatementLine]:
    """The credit lines of a statement, in file order; debits and zero lines are skipped."""
    rows = _read(text)
    if not rows:
        raise StatementFormatError(1, "the file is empty")
    header_line, header = rows[0]
    generic = _columns(header, _GENERIC)
    columns = generic or _columns(header, _THAI)
    if columns is None:
        raise StatementFormatError(header_line, "the header is not a known statement layout")
    derived_refs = _derived_refs([row for _, row in rows[1:]], len(header))
    lines: list[StatementLine] = []
    issued: dict[str, int] = {}
    for (number, row), derived_ref in zip(rows[1:], derived_refs, strict=True):
        if len(row) < len(header) or any(cell.strip() for cell in row[len(header) :]):
            raise StatementFormatError(number, f"{len(row)} fields, the header has {len(header)}")
        try:
            amount, description, found_in, bank_ref = _fields(row, columns, bool(generic))
            local = datetime.combine(_date(row[columns["date"]]), _time(row[columns["time"]]))
        except ValueError as error:
            raise StatementFormatError(number, str(error)) from None
        if amount <= 0:
            continue
        bank_ref = bank_ref.strip() or derived_ref
        if bank_ref in issued:
            raise StatementFormatError(
                number, f"bank_ref {bank_ref} repeats line {issued[bank_ref]}"
            )
        issued[bank_ref] = number
        found = TOPUP_REFERENCE.search(found_in)
        booked_at = local.replace(tzinfo=THAI_TIME).astimezone(UTC)
        reference = found.group().upper() if found else None
        lines.append(StatementLine(bank_ref, booked_at, amount, description, reference))
    return lines
