"""An import from start to end, streamed: the file is read row by row, each batch of
rows read, checked and written in the caller's transaction, and only the report is kept
(its first problems, counts, the first rows as mapped for the preview).

``run_import`` writes; when rows were rejected and the user did not choose to import only
the good ones it raises ``ImportHasErrors`` carrying the report, and the caller's
transaction rolls back: nothing is written. A preview is the same run rolled back
(``dry_run``), so what it shows is exactly what the import will do."""

import hashlib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert

from thungngoen import audit
from thungngoen.community.collection_tables import import_runs
from thungngoen.community.imports.errors import ImportHasErrors, PreviewDone
from thungngoen.community.imports.fields import Mapping, checked_mapping, suggest_mapping
from thungngoen.community.imports.rows import Parsed, Problem, RowReader
from thungngoen.community.imports.source import open_sheet
from thungngoen.community.imports.writer import Counts, write_batch
from thungngoen.community.person_values import Basis
from thungngoen.community.texts import THAI_BY_CODE

BATCH = 2_000
KEPT_PROBLEMS = 500
"""The report keeps the first problems (their count is always whole): memory stays flat
however bad the file."""
PREVIEW_ROWS = 10
Progress = Callable[[int], None]


@dataclass(frozen=True, slots=True)
class ImportOptions:
    mapping: Mapping | None
    """``None``: the mapping suggested from the headers."""
    basis: Basis
    """The lawful basis of rows that do not state their own."""
    scope: frozenset[int] | None
    """The communities the importer may write to; ``None`` for all."""
    good_rows_only: bool = False
    sheet: str | None = None
    file_name: str = ""


@dataclass(slots=True)
class ImportReport:
    headers: tuple[str, ...]
    mapping: Mapping
    rows: int = 0
    rejected: int = 0
    problems: list[Problem] = field(default_factory=list)
    preview: list[dict[str, str]] = field(default_factory=list)
    counts: Counts = field(default_factory=Counts)
    file_digest: str = ""
    written: bool = False

    def as_json(self) -> dict[str, Any]:
        counts = asdict(self.counts)
        del counts["problems"]
        return {
            "headers": list(self.headers),
            "mapping": self.mapping,
            "rows": self.rows,
            "rejected": self.rejected,
            "problems": [
                asdict(problem) | {"message_th": THAI_BY_CODE.get(problem.code, "")}
                for problem in self.problems
            ],
            "preview": self.preview,
            "written": self.written,
            **counts,
        }


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _note(report: ImportReport, problems: list[Problem]) -> None:
    rows = {problem.row for problem in problems}
    report.rejected += len(rows)
    room = KEPT_PROBLEMS - len(report.problems)
    report.problems.extend(problems[: max(room, 0)])


def run_import(
    connection: Connection,
    path: Path,
    options: ImportOptions,
    *,
    actor: str,
    at: datetime,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    with open_sheet(path, options.sheet) as sheet:
        mapping = checked_mapping(
            suggest_mapping(sheet.headers) if options.mapping is None else options.mapping,
            sheet.headers,
        )
        report = ImportReport(sheet.headers, mapping, file_digest=file_digest(path))
        reader = RowReader(
            connection, sheet.headers, mapping, basis=options.basis, scope=options.scope, at=at
        )
        batch: list[Parsed] = []
        for number, cells in sheet.rows:
            report.rows += 1
            if len(report.preview) < PREVIEW_ROWS:
                report.preview.append(_as_mapped(number, cells, reader.columns))
            read = reader.read(number, cells)
            if isinstance(read, list):
                _note(report, read)
            else:
                batch.append(read)
            if len(batch) >= BATCH:
                _flush(connection, batch, report, actor, at, progress)
        _flush(connection, batch, report, actor, at, progress)
    if report.rejected and not options.good_rows_only:
        raise ImportHasErrors(f"{report.rejected} rows have problems: nothing was imported", report)
    if dry_run:
        raise PreviewDone(report)
    _record(connection, report, options, actor, at)
    report.written = True
    return report


def _flush(
    connection: Connection,
    batch: list[Parsed],
    report: ImportReport,
    actor: str,
    at: datetime,
    progress: Progress | None,
) -> None:
    if not batch:
        return
    before = len(report.counts.problems)
    write_batch(connection, batch, actor=actor, at=at, counts=report.counts)
    late = report.counts.problems[before:]
    del report.counts.problems[before:]
    _note(report, late)
    if progress is not None:
        progress(len(batch))
    batch.clear()


def _as_mapped(number: int, cells: tuple[object, ...], columns: dict[str, int]) -> dict[str, str]:
    shown = {"row": str(number)}
    for name, index in columns.items():
        cell = cells[index] if index < len(cells) else None
        shown[name] = "" if cell is None else str(cell)[:100]
    return shown


def _record(
    connection: Connection, report: ImportReport, options: ImportOptions, actor: str, at: datetime
) -> None:
    counts = report.counts
    values = {
        "rows": report.rows,
        "rejected": report.rejected,
        "households_created": counts.households_created,
        "households_updated": counts.households_updated,
        "persons_created": counts.persons_created,
        "persons_updated": counts.persons_updated,
        "unchanged": counts.unchanged,
    }
    run_id = connection.execute(
        insert(import_runs).returning(import_runs.c.id),
        values
        | {
            "actor": actor[:80],
            "file_name": options.file_name[:200],
            "file_digest": report.file_digest,
            "good_rows_only": options.good_rows_only,
            "imported_at": at,
        },
    ).scalar_one()
    audit.record(
        connection,
        actor=actor,
        action="community.data_import",
        subject_type="import",
        subject_id=run_id,
        after=values,
    )
