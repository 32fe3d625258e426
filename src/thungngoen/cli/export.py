"""``thungngoen export beancount|hledger [-o FILE]``: the ledger for external checkers."""

import io
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, TextIO

import typer
from sqlalchemy import Connection

from thungngoen.db import read_transaction
from thungngoen.ledger.export.beancount import write_beancount
from thungngoen.ledger.export.hledger import write_hledger
from thungngoen.terminal import DatabaseUrl, engine_for

app = typer.Typer(help="Export the ledger for plain-text accounting tools.", no_args_is_help=True)

Output = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write to FILE instead of standard output."),
]
Writer = Callable[[Connection, TextIO], None]


def _export(writer: Writer, database_url: str | None, output: Path | None) -> None:
    engine = engine_for(database_url)
    try:
        with read_transaction(engine) as connection:
            if output is None:
                _to_stdout(writer, connection)
            else:
                with output.open("w", encoding="utf-8", newline="\n") as out:
                    writer(connection, out)
    finally:
        engine.dispose()


def _to_stdout(writer: Writer, connection: Connection) -> None:
    """UTF-8 whatever the locale: memos and codes may be Thai."""
    sys.stdout.flush()
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n")
    try:
        writer(connection, out)
    finally:
        out.flush()
        out.detach()  # leave sys.stdout open


@app.command()
def beancount(database_url: DatabaseUrl = None, output: Output = None) -> None:
    """Write the ledger as a Beancount file (check it with bean-check)."""
    _export(write_beancount, database_url, output)


@app.command()
def hledger(database_url: DatabaseUrl = None, output: Output = None) -> None:
    """Write the ledger as an hledger journal (check it with hledger check)."""
    _export(write_hledger, database_url, output)


def register(main: typer.Typer) -> None:
    """Add this package's commands to the ``thungngoen`` app."""
    main.add_typer(app, name="export")
