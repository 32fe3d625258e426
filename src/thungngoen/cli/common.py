"""Shared pieces of the command-line door."""

from typing import Annotated

import typer
from rich.console import Console
from sqlalchemy import Engine

from thungngoen.db import create_db_engine

console = Console()
err_console = Console(stderr=True)

DatabaseUrl = Annotated[
    str | None,
    typer.Option(
        "--database-url",
        envvar="THUNGNGOEN_DATABASE_URL",
        help="Database URL (default: the settings' THUNGNGOEN_DATABASE_URL).",
        show_envvar=True,
    ),
]


def engine_for(database_url: str | None) -> Engine:
    return create_db_engine(database_url)
