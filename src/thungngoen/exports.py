"""CSV files people open in a spreadsheet, safe to open: a text cell that a spreadsheet
would run as a formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return) is written with a leading apostrophe, so a shop named ``=HYPERLINK(…)`` shows as
text. Numbers, negative ones too, stay numbers. Every CSV the platform writes goes
through ``csv_writer``."""

import csv
import re
from collections.abc import Iterable
from typing import Any, Protocol

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")


class Writable(Protocol):
    def write(self, text: str, /) -> Any: ...


def safe_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_START) and not NUMBER.fullmatch(value):
        return "'" + value
    return value


class SafeCsvWriter:
    def __init__(self, file: Writable, lineterminator: str) -> None:
        self._writer = csv.writer(file, lineterminator=lineterminator)

    def writerow(self, row: Iterable[object]) -> None:
        self._writer.writerow([safe_cell(value) for value in row])

    def writerows(self, rows: Iterable[Iterable[object]]) -> None:
        for row in rows:
            self.writerow(row)


def csv_writer(file: Writable, lineterminator: str = "\n") -> SafeCsvWriter:
    return SafeCsvWriter(file, lineterminator)
