"""Importing the spreadsheets the network already has, and exporting a place's data
(decision 0047): CSV and XLSX streamed row by row, a column mapping suggested from Thai
and English headers and saved per organisation, a preview and a row-by-row report, all
or nothing unless the user chooses the good rows only, and the same file twice changing
nothing."""

from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from thungngoen.community.imports.access import import_scope, mapping_owner
from thungngoen.community.imports.errors import (
    ImportHasErrors,
    InvalidMapping,
    MalformedFile,
    PreviewDone,
    UnknownSheet,
)
from thungngoen.community.imports.fields import (
    FIELDS,
    REQUIRED,
    Mapping,
    parse_mapping,
    suggest_mapping,
)
from thungngoen.community.imports.mappings import save_mapping, saved_mappings
from thungngoen.community.imports.rows import Problem
from thungngoen.community.imports.run import (
    ImportOptions,
    ImportReport,
    Progress,
    run_import,
)
from thungngoen.db import write_transaction


def import_file(
    engine: Engine,
    path: Path,
    options: ImportOptions,
    *,
    actor: str,
    at: datetime,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """The import in one transaction; the report either way (``written`` says whether
    anything was). Whole-file rejections (a malformed file, a bad mapping) raise."""
    try:
        return write_transaction(
            engine,
            lambda c: run_import(
                c, path, options, actor=actor, at=at, dry_run=dry_run, progress=progress
            ),
        )
    except (ImportHasErrors, PreviewDone) as stopped:
        report = stopped.report
        if not isinstance(report, ImportReport):
            raise
        return report


__all__ = [
    "FIELDS",
    "REQUIRED",
    "ImportHasErrors",
    "ImportOptions",
    "ImportReport",
    "InvalidMapping",
    "MalformedFile",
    "Mapping",
    "Problem",
    "UnknownSheet",
    "import_file",
    "import_scope",
    "mapping_owner",
    "parse_mapping",
    "run_import",
    "save_mapping",
    "saved_mappings",
    "suggest_mapping",
]
