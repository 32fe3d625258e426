"""``thungngoen verify``: every invariant of the platform."""

from typing import Annotated

import typer
from rich.table import Table

from thungngoen.checks import run_checks
from thungngoen.cli.ledger import report_seals
from thungngoen.db import read_transaction
from thungngoen.ledger import seal as seal_ledger
from thungngoen.terminal import DatabaseUrl, console, engine_for

Seal = Annotated[
    bool, typer.Option(help="Seal new transfers first (--no-seal for a read-only database).")
]


def verify(database_url: DatabaseUrl = None, seal: Seal = True) -> None:
    """Check every ledger invariant; exit 1 with a report if any is violated."""
    engine = engine_for(database_url)
    if seal:
        report_seals(seal_ledger(engine))
    with read_transaction(engine) as connection:
        results = run_checks(connection)
    table = Table(title="Thung Ngoen ledger verification")
    table.add_column("check")
    table.add_column("what it means")
    table.add_column("result")
    for result in results:
        status = "[green]ok[/green]" if result.ok else f"[red]{len(result.violations)} FAILED"
        table.add_row(result.name, result.description, status)
    console.print(table)
    failed = [result for result in results if not result.ok]
    for result in failed:
        console.print(f"[red bold]{result.name}[/red bold]: {result.description}")
        for violation in result.violations:
            console.print(f"  - {violation}")
    if failed:
        raise typer.Exit(code=1)
    console.print("[green bold]all invariants hold[/green bold]")


def register(app: typer.Typer) -> None:
    app.command()(verify)
