"""``thungngoen db …``: schema migrations."""

import typer

from thungngoen.db import migrate
from thungngoen.terminal import DatabaseUrl, console, engine_for

app = typer.Typer(help="Database schema.", no_args_is_help=True)


@app.command()
def upgrade(database_url: DatabaseUrl = None, revision: str = "head") -> None:
    """Migrate the database to the latest schema (or to REVISION)."""
    engine = engine_for(database_url)
    migrate.upgrade(engine, revision)
    console.print(f"[green]database at {revision}[/green]: {engine.url!r}")


@app.command()
def downgrade(revision: str, database_url: DatabaseUrl = None) -> None:
    """Step the schema back to REVISION (``base`` empties it)."""
    migrate.downgrade(engine_for(database_url), revision)
    console.print(f"[yellow]database at {revision}[/yellow]")
