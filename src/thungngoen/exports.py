"""Files people open in a spreadsheet, safe to open: a text cell that a spreadsheet would
run as a formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return)
is written to a CSV with a leading apostrophe and to an XLSX as a text cell, so a shop
named ``=HYPERLINK(…)`` shows as text. Numbers, negative ones too, stay numbers. A CSV for
people starts with the UTF-8 byte order mark, so Excel reads its Thai (decision 0022).
Every CSV and XLSX the platform writes goes through this module."""

import csv
import io
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Protocol

from openpyxl import Workbook

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")
BOM = "\ufeff"
CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
Row = Iterable[object]


class Writable(Protocol):
    def write(self, text: str, /) -> Any: ...


def safe_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_START) and not NUMBER.fullmatch(value):
        return "'" + value
    return value


class SafeCsvWriter:
    def __init__(self, file: Writable, lineterminator: str) -> None:
        self._writer = csv.writer(file, lineterminator=lineterminator)

    def writerow(self, row: Row) -> None:
        self._writer.writerow([safe_cell(value) for value in row])

    def writerows(self, rows: Iterable[Row]) -> None:
        for row in rows:
            self.writerow(row)


def csv_writer(file: Writable, lineterminator: str = "\n") -> SafeCsvWriter:
    return SafeCsvWriter(file, lineterminator)


def csv_text(rows: Iterable[Row], *, for_people: bool = True) -> str:
    """The rows as CSV text; ``for_people`` puts the BOM first (a bank's file goes without)."""
    buffer = io.StringIO()
    if for_people:
        buffer.write(BOM)
    csv_writer(buffer).writerows(rows)
    return buffer.getvalue()


def xlsx_bytes(rows: Iterable[Row], sheet: str) -> bytes:
    """The rows as one worksheet named ``sheet``; every text is a text cell, never a formula."""
    book = Workbook()
    worksheet = book.active
    assert worksheet is not None
    worksheet.title = sheet[:31]
    for row_number, row in enumerate(rows, start=1):
        for column, value in enumerate(row, start=1):
            cell = worksheet.cell(row=row_number, column=column, value=_xlsx_value(value))
            if isinstance(cell.value, str):
                cell.data_type = "s"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _xlsx_value(value: object) -> str | int | float | Decimal | None:
    if value is None or isinstance(value, str | int | float | Decimal):
        return value
    return str(value)
