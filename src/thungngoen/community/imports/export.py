"""A place's households and persons as CSV or XLSX, in the import's columns (a full
export imports back unchanged), streamed to a file.

By default the columns that identify a person are masked: no name (the person's id
instead), the birth year only, the phone and national ID as lists show them, no health
data — nothing that names anyone, so nothing to log. A **full** export (a coordinator,
with a stated purpose) holds names, birth dates, phones and the health fields; every
person in it is logged with ``log_personal_reads`` (``what="export"``), who, when and why,
in the export's transaction. The national ID is never stored, so never exported. A person
whose processing is restricted, or who objected, is left out of both (decision 0049)."""

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from sqlalchemy import Connection, select

from thungngoen import audit
from thungngoen.community.imports.fields import FIELDS
from thungngoen.community.masking import mask_national_id, mask_phone
from thungngoen.community.nodes import Node, community_scope
from thungngoen.community.pdpa.requests import restricted_query
from thungngoen.community.reads import log_personal_reads
from thungngoen.community.tables import communities, households, persons
from thungngoen.exports import BOM, csv_writer

FORMATS = ("csv", "xlsx")
LOG_BATCH = 1_000
SENSITIVE = ("chronic_illness", "disability", "bedridden")


def _rows(connection: Connection, node: Node, scope: frozenset[int] | None) -> Iterator[Any]:
    query = (
        select(persons, households, communities.c.id.label("community_key"))
        .join(households, households.c.id == persons.c.household_id)
        .join(communities, communities.c.id == households.c.community_id)
        .where(community_scope(connection, node), persons.c.id.not_in(restricted_query()))
        .order_by(communities.c.id, households.c.id, persons.c.id)
    )
    if scope is not None:
        query = query.where(communities.c.id.in_(scope))
    yield from connection.execute(query.execution_options(yield_per=2_000))


def _baht(satang: int) -> str:
    return f"{satang // 100}.{satang % 100:02d}"


def _yes(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


def _line(row: Any, full: bool) -> list[object]:
    m = row._mapping
    values: dict[str, object] = {
        "community": f"community:{m['community_key']}",
        "house_number": m["house_number"],
        "address": m["address"],
        "house_registration_no": m["house_registration_no"] or "",
        "tenure": m["tenure"],
        "income_month": _baht(m["income_month"]),
        "debts": _baht(m["debts"]),
        "wish_to_relocate": _yes(m["wish_to_relocate"]),
        "name": m["name"] if full else f"person:{m[persons.c.id]}",
        "birth_date": m["birth_date"].isoformat() if full else str(m["birth_date"].year),
        "sex": m["sex"],
        "relation": m["relation"],
        "national_id": mask_national_id(m["national_id_last4"]),
        "phone": (m["phone"] or "") if full else mask_phone(m["phone"]),
        "occupation": m["occupation"],
        "education": m["education"],
        "elderly_alone": _yes(m["elderly_alone"]),
        "child_out_of_school": _yes(m["child_out_of_school"]),
        "lawful_basis": m["lawful_basis"],
        "basis_reason": m["basis_reason"],
        "sensitive_consent": "",
    }
    for key in SENSITIVE:
        values[key] = _yes(m[key]) if full else ""
    return [values[name] for name in FIELDS]


def export_node(
    connection: Connection,
    node: Node,
    path: Path,
    *,
    file_format: str,
    scope: frozenset[int] | None,
    full: bool = False,
    purpose: str = "",
    reader: str,
    at: datetime,
) -> int:
    """Write the export to ``path``; returns how many persons. A full export must run
    in a write transaction (it logs)."""
    pending: list[int] = []

    def logged(row: Any) -> list[object]:
        if full:
            pending.append(row._mapping[persons.c.id])
            if len(pending) >= LOG_BATCH:
                _log(connection, pending, reader, purpose, at)
        return _line(row, full)

    lines = (logged(row) for row in _rows(connection, node, scope))
    count = _write_xlsx(path, lines) if file_format == "xlsx" else _write_csv(path, lines)
    if full:
        _log(connection, pending, reader, purpose, at)
        audit.record(
            connection,
            actor=reader,
            action="community.data_export",
            subject_type="node",
            subject_id=str(node),
            after={"node": str(node), "persons": count, "purpose": purpose, "format": file_format},
        )
    return count


def _log(
    connection: Connection, pending: list[int], reader: str, purpose: str, at: datetime
) -> None:
    log_personal_reads(connection, pending, reader=reader, what="export", purpose=purpose, at=at)
    pending.clear()


def _write_csv(path: Path, lines: Iterator[list[object]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write(BOM)
        writer = csv_writer(file)
        writer.writerow(FIELDS)
        for line in lines:
            writer.writerow(line)
            count += 1
    return count


def _write_xlsx(path: Path, lines: Iterator[list[Any]]) -> int:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("households")
    sheet.append(list(FIELDS))
    count = 0
    for line in lines:
        cells = []
        for value in line:
            cell = WriteOnlyCell(sheet, value)
            if isinstance(value, str):
                cell.data_type = "s"
            cells.append(cell)
        sheet.append(cells)
        count += 1
    book.save(path)
    return count
