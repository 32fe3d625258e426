"""``thungngoen backup DEST`` and ``thungngoen restore SRC`` (docs/OPERATIONS.md)."""

from pathlib import Path
from typing import Annotated

import typer

from thungngoen import keyring, keys
from thungngoen.backup import BackupError, Manifest, restore_backup, take_backup
from thungngoen.db import create_db_engine
from thungngoen.terminal import DatabaseUrl, console, engine_for, err_console, refuse

Directory = Annotated[Path, typer.Argument(help="The backup's directory.")]


def _summary(manifest: Manifest, directory: Path) -> None:
    facts = manifest.facts
    console.print(
        f"{manifest.backend} at schema {facts.schema_revision}: {facts.transfers:,} transfers"
        f" (last id {facts.max_transfer_id}), keys {', '.join(facts.key_fingerprints)}"
    )
    console.print(f"[dim]{directory}[/dim]")


def backup(
    dest: Directory,
    database_url: DatabaseUrl = None,
    scratch_url: Annotated[
        str | None,
        typer.Option(help="PostgreSQL: an empty scratch database to restore into and verify."),
    ] = None,
) -> None:
    """Copy the running database, its keys and a manifest into DEST; verify the copy."""
    engine = engine_for(database_url)
    try:
        manifest = take_backup(engine, dest, scratch_url)
    except BackupError as error:
        refuse(error)
    finally:
        engine.dispose()
    _summary(manifest, dest)
    checked = {
        "sqlite": "opened and verified",
        "postgresql": "restored into the scratch database and verified"
        if scratch_url
        else "listed by pg_restore (give --scratch-url to verify it)",
    }[manifest.backend]
    console.print(f"[green bold]backup complete: the copy was {checked}[/green bold]")
    err_console.print(
        "[yellow]ข้อมูลสำรองนี้มีกุญแจลับ เก็บให้ปลอดภัย / this backup holds the secret keys:"
        " keep it as secret as the keys themselves (mode 0700)[/yellow]"
    )


def restore(
    src: Directory,
    database_url: DatabaseUrl = None,
    force: Annotated[bool, typer.Option(help="Overwrite a database that holds data.")] = False,
) -> None:
    """Restore the backup SRC into an empty database; check hashes, keys and invariants."""
    engine = create_db_engine(database_url)
    try:
        manifest = restore_backup(src, engine, force=force)
    except (BackupError, keyring.KeyRingError, keys.KeysMismatch) as error:
        refuse(error)
    finally:
        engine.dispose()
    _summary(manifest, src)
    console.print("[green bold]restored; every invariant holds[/green bold]")


def register(app: typer.Typer) -> None:
    app.command()(backup)
    app.command()(restore)
