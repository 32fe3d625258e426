"""Every CSV the platform writes is safe to open in a spreadsheet (issue 12, finding 11)."""

import csv
import io

import pytest

from thungngoen.exports import csv_writer, safe_cell


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
