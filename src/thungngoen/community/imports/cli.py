"""``thungngoen data import FILE`` and ``thungngoen data export NODE``.

The shell is the operator's: an import from it may write to any community and states
its lawful basis with ``--basis`` (and ``--purpose`` and ``--notice`` for consent, or
``--reason``); a full export states its ``--purpose`` and is logged."""

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from thungngoen.clock import utc_now
from thungngoen.community.imports import ImportOptions, import_file, parse_mapping
from thungngoen.community.imports.export import FORMATS, export_node
from thungngoen.community.imports.fields import suggest_mapping
from thungngoen.community.imports.run import ImportReport
from thungngoen.community.imports.source import open_sheet
from thungngoen.community.nodes import parse_node
from thungngoen.community.person_values import Basis
from thungngoen.db import read_transaction, write_transaction
from thungngoen.terminal import DatabaseUrl, console, engine_for, fail_on_rejection

ACTOR = "cli"
Text = Annotated[str, typer.Option()]


def _mapping_option(text: str | None) -> dict[str, str] | None:
    if text is None:
        return None
    path = Path(text)
    return parse_mapping(path.read_text(encoding="utf-8") if path.is_file() else text)


def _problems(report: ImportReport) -> None:
    table = Table("row", "column", "problem", "code")
    for problem in report.problems[:50]:
        table.add_row(str(problem.row), problem.column, problem.message, problem.code)
    console.print(table)


def import_command(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="A .csv or .xlsx.")],
    mapping: Annotated[
        str | None, typer.Option(help="JSON (or a JSON file) of field → header; else suggested.")
    ] = None,
    basis: Annotated[str, typer.Option(help="Lawful basis of rows that state none.")] = "consent",
    purpose: Text = "",
    notice: Annotated[str, typer.Option(help="The privacy-notice version shown.")] = "",
    reason: Text = "",
    sheet: Annotated[str | None, typer.Option(help="The XLSX sheet; else the first.")] = None,
    good_rows_only: Annotated[
        bool, typer.Option(help="Import the good rows, skip the bad.")
    ] = False,
    preview: Annotated[bool, typer.Option(help="Check and show; write nothing.")] = False,
    database_url: DatabaseUrl = None,
) -> None:
    """Import households and persons from a spreadsheet, one row per person."""
    engine = engine_for(database_url)
    chosen = _mapping_option(mapping)
    if chosen is None:
        with open_sheet(file, sheet) as found:
            chosen = suggest_mapping(found.headers)
        console.print(f"mapping: {json.dumps(chosen, ensure_ascii=False)}")
    options = ImportOptions(
        chosen, Basis(basis, purpose, notice, reason), None, good_rows_only, sheet, file.name
    )
    at = utc_now()
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, TimeElapsedColumn(), console=console) as bar:
        task = bar.add_task("rows", total=None)
        report = import_file(
            engine, file, options, actor=ACTOR, at=at, dry_run=preview,
            progress=lambda done: bar.advance(task, done),
        )  # fmt: skip
    counts = report.counts
    console.print(
        f"{report.rows} rows, {report.rejected} rejected; households {counts.households_created}"
        f" added, {counts.households_updated} changed; persons {counts.persons_created} added,"
        f" {counts.persons_updated} changed, {counts.unchanged} unchanged"
    )
    if report.problems:
        _problems(report)
    if report.written:
        console.print("[green]imported[/green]")
    elif preview:
        console.print("preview only: nothing written")
    else:
        console.print("[red]nothing imported: fix the rows or use --good-rows-only[/red]")
        raise typer.Exit(1)


def export_command(
    node: Annotated[str, typer.Argument(help="A place: province:90, community:12.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The file to write.")],
    file_format: Annotated[str, typer.Option("--format", help="csv or xlsx.")] = "csv",
    full: Annotated[bool, typer.Option(help="Names, birth dates, phones (logged).")] = False,
    purpose: Annotated[str, typer.Option(help="Why (required with --full).")] = "",
    database_url: DatabaseUrl = None,
) -> None:
    """Export a place's households and persons, masked unless --full with a purpose."""
    if file_format not in FORMATS:
        raise typer.BadParameter("csv or xlsx", param_hint="--format")
    if full and not purpose.strip():
        raise typer.BadParameter("a full export states its purpose", param_hint="--purpose")
    engine, at, place = engine_for(database_url), utc_now(), parse_node(node)

    def work(connection: object) -> int:
        return export_node(
            connection, place, output, file_format=file_format, scope=None,  # type: ignore[arg-type]
            full=full, purpose=purpose, reader=ACTOR, at=at,
        )  # fmt: skip

    if full:
        count = write_transaction(engine, work)
    else:
        with read_transaction(engine) as connection:
            count = work(connection)
    console.print(f"{count} persons written to {output}" + (" (logged)" if full else " (masked)"))


def register(app: typer.Typer) -> None:
    app.command("import")(fail_on_rejection(import_command))
    app.command("export")(fail_on_rejection(export_command))
