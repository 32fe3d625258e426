"""``thungngoen db …``: schema migrations."""

import typer

from thungngoen import keyring, keys
from thungngoen.db import create_db_engine, migrate
from thungngoen.terminal import DatabaseUrl, console, engine_for, refuse

app = typer.Typer(help="Database schema.", no_args_is_help=True)


@app.command()
def upgrade(database_url: DatabaseUrl = None, revision: str = "head") -> None:
    """Migrate the database to the latest schema (or to REVISION)."""
    engine = create_db_engine(database_url)
    try:  # keys first: production refuses a database it could not use afterwards
        ring = keyring.load_ring(engine.url.render_as_string(hide_password=False))
        migrate.upgrade(engine, revision)
        keys.open_database(engine, ring)
    except (keyring.KeyRingError, keys.KeysMismatch) as error:
        refuse(error)
    console.print(f"[green]database at {revision}[/green]: {engine.url!r}")


@app.command()
def downgrade(revision: str, database_url: DatabaseUrl = None) -> None:
    """Step the schema back to REVISION (``base`` empties it)."""
    migrate.downgrade(engine_for(database_url), revision)
    console.print(f"[yellow]database at {revision}[/yellow]")
