"""What every area's commands share: the database option, the consoles, rejections as exits."""

import functools
from collections.abc import Callable
from typing import Annotated, NoReturn, ParamSpec

import typer
from rich.console import Console
from sqlalchemy import Engine

from thungngoen import keys
from thungngoen.db import create_db_engine
from thungngoen.errors import DomainError
from thungngoen.keyring import KeyRingError

P = ParamSpec("P")

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
    """The database, once its secret keys are in hand (else a clear message and exit 2)."""
    engine = create_db_engine(database_url)
    try:
        keys.open_database(engine)
    except (KeyRingError, keys.KeysMismatch) as error:
        engine.dispose()
        refuse(error)
    return engine


def refuse(error: Exception) -> NoReturn:
    """Stop the command on a refusal that is no one operation's (keys, backups): exit 2."""
    err_console.print(f"[red bold]{getattr(error, 'message', error)}[/red bold]")
    raise typer.Exit(code=2) from error


def fail_on_rejection(command: Callable[P, None]) -> Callable[P, None]:
    """Show an operation's rejection as one red line and exit 1, not as a traceback."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> None:
        try:
            command(*args, **kwargs)
        except (DomainError, ValueError) as error:
            err_console.print(f"[red]{getattr(error, 'message', error)}[/red]")
            raise typer.Exit(code=1) from error

    return run
