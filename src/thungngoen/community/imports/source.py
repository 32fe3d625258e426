"""Reading a spreadsheet row by row, never the whole file: a CSV (UTF-8 with or without
the byte order mark, or the Thai Windows code page 874 older Excel writes; comma,
semicolon or tab) or an XLSX read with openpyxl's ``read_only`` (its sheets stream from
the zip). Blank rows are skipped; a row's number is its line in the spreadsheet."""

import csv
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from thungngoen.community.imports.errors import MalformedFile, UnknownSheet

SNIFF = 65_536
MAX_COLUMNS = 200
Cells = tuple[object, ...]


@dataclass(frozen=True, slots=True)
class Sheet:
    headers: tuple[str, ...]
    rows: Iterator[tuple[int, Cells]]
    """(row number, cells) of every non-blank row after the header."""


def file_format(path: Path) -> str:
    with path.open("rb") as file:
        start = file.read(4)
    if start.startswith(b"PK"):
        return "xlsx"
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise MalformedFile("this .xlsx file is not a workbook", "file")
    return "csv"


def _encoding(path: Path) -> str:
    with path.open("rb") as file:
        head = file.read(SNIFF)
    if b"\x00" in head:
        raise MalformedFile("this is not a spreadsheet's text (CSV) nor a workbook", "file")
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 4:  # not merely a character cut at the sniff's end
            return "cp874"
    return "utf-8-sig"


def _blank(cells: Cells) -> bool:
    return all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in cells)


def _headers(cells: Cells | None) -> tuple[str, ...]:
    if cells is None or _blank(cells):
        raise MalformedFile("the first row must name the columns", "file")
    if len(cells) > MAX_COLUMNS:
        raise MalformedFile(f"more than {MAX_COLUMNS} columns", "file")
    headers = tuple("" if cell is None else " ".join(str(cell).split()) for cell in cells)
    named = [header for header in headers if header]
    if len(set(named)) != len(named):
        raise MalformedFile("two columns have the same header", "file")
    return headers


def _numbered(rows: Iterator[Cells], width: int) -> Iterator[tuple[int, Cells]]:
    for number, cells in enumerate(rows, start=2):
        if not _blank(cells):
            yield number, tuple(cells[:width])


@contextmanager
def open_sheet(path: Path, sheet: str | None = None) -> Iterator[Sheet]:
    """The file's header and its rows, streamed while the context is open."""
    if file_format(path) == "xlsx":
        with _xlsx(path, sheet) as found:
            yield found
        return
    if sheet:
        raise UnknownSheet("a CSV file has no sheets", "sheet")
    with path.open(encoding=_encoding(path), newline="") as file:
        sample = file.read(4096)
        file.seek(0)
        try:
            dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, ",;\t")
        except csv.Error:
            dialect = csv.excel
        reader = csv.reader(file, dialect)
        try:
            headers = _headers(tuple(next(reader, ())) or None)
            yield Sheet(headers, _numbered(_checked_csv(reader), len(headers)))
        except (csv.Error, UnicodeDecodeError) as error:
            raise MalformedFile(f"the CSV cannot be read: {error}", "file") from None


def _checked_csv(reader: Iterator[list[str]]) -> Iterator[Cells]:
    for cells in reader:
        yield tuple(cells)


@contextmanager
def _xlsx(path: Path, sheet: str | None) -> Iterator[Sheet]:
    handle = path.open("rb")  # a file object: openpyxl would judge a path by its suffix
    try:
        book = load_workbook(handle, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        handle.close()
        raise MalformedFile(f"the workbook cannot be read: {error}", "file") from None
    try:
        if sheet and sheet not in book.sheetnames:
            raise UnknownSheet(
                f"no sheet {sheet!r}; the workbook has {', '.join(book.sheetnames)}", "sheet"
            )
        worksheet = book[sheet] if sheet else book.worksheets[0]
        rows = worksheet.iter_rows(values_only=True)
        headers = _headers(next(rows, None))
        yield Sheet(headers, _numbered(rows, len(headers)))
    finally:
        book.close()
        handle.close()
