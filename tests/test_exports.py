"""Every CSV and XLSX the platform writes is safe to open in a spreadsheet (issue 12,
finding 11) and shows its Thai (issue 13)."""

import csv
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from thungngoen.exports import csv_text, csv_writer, safe_cell, xlsx_bytes


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+66812345678", "'+66812345678"),
        ("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1", "'\t=1"),
        ("-500", "-500"),
        ("-12.50", "-12.50"),
        ("ร้านป้าแดง", "ร้านป้าแดง"),
        (-500, -500),
        ("", ""),
    ],
)
def test_a_formula_is_written_as_text_and_a_number_as_a_number(
    cell: object, written: object
) -> None:
    assert safe_cell(cell) == written


def test_the_writer_neutralises_every_cell_of_every_row() -> None:
    buffer = io.StringIO()
    writer = csv_writer(buffer)
    writer.writerows([("name", "amount"), ("=HYPERLINK(1)", -5)])
    assert list(csv.reader(io.StringIO(buffer.getvalue()))) == [
        ["name", "amount"],
        ["'=HYPERLINK(1)", "-5"],
    ]


def test_a_csv_for_people_starts_with_the_bom_and_keeps_the_thai() -> None:
    text = csv_text([("ร้าน", "ยอด"), ("ร้านป้าแดง", 9500), ("=HYPERLINK(1)", -5)])
    data = text.encode("utf-8")
    assert data.startswith(b"\xef\xbb\xbf")
    assert list(csv.reader(io.StringIO(data.decode("utf-8-sig")))) == [
        ["ร้าน", "ยอด"],
        ["ร้านป้าแดง", "9500"],
        ["'=HYPERLINK(1)", "-5"],
    ]


def test_a_bank_file_goes_without_the_bom() -> None:
    assert csv_text([("a", 1)], for_people=False) == "a,1\n"


def test_the_xlsx_keeps_thai_numbers_and_a_formula_as_text() -> None:
    evil = '=HYPERLINK("http://evil.example","ดูยอด")'
    data = xlsx_bytes([("ร้าน", "ยอด"), (evil, Decimal("95.00")), ("-12", -5)], "ยอดขาย")
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    assert sheet.title == "ยอดขาย"
    cells = [[(cell.value, cell.data_type) for cell in row] for row in sheet.iter_rows()]
    assert cells == [
        [("ร้าน", "s"), ("ยอด", "s")],
        [(evil, "s"), (95, "n")],
        [("-12", "s"), (-5, "n")],
    ]
