"""Reading back what a spreadsheet download holds."""

import csv
import io

from openpyxl import load_workbook

BOM_BYTES = b"\xef\xbb\xbf"


def csv_rows(content: bytes) -> list[list[str]]:
    """The rows of a CSV for people: it must start with the BOM."""
    assert content.startswith(BOM_BYTES)
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def sheet_rows(content: bytes) -> list[list[object]]:
    """The cells of the XLSX's only sheet, an empty cell as ``""``."""
    sheet = load_workbook(io.BytesIO(content)).active
    assert sheet is not None
    return [["" if value is None else value for value in row] for row in sheet.values]
