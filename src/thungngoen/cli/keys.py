"""``thungngoen keys …``: the secret keys — make one, rotate, see and re-key what needs them."""

from typing import Annotated

import typer
from rich.table import Table

from thungngoen import keyring, keys
from thungngoen.db import read_transaction, write_transaction
from thungngoen.terminal import DatabaseUrl, console, engine_for, refuse

app = typer.Typer(help="Secret keys: generate, rotate, status, rekey.", no_args_is_help=True)


@app.command()
def generate() -> None:
    """Print a new strong key (for THUNGNGOEN_SECRET_KEY or a key-ring file)."""
    console.print(keyring.generate_key(), soft_wrap=True)


@app.command()
def rotate(database_url: DatabaseUrl = None) -> None:
    """Put a new current key at the head of the key-ring file; the old ones stay behind it."""
    engine = engine_for(database_url)
    ring = keyring.active_ring()
    if ring.file is None:
        refuse(
            keyring.KeyRingError(
                "กุญแจมาจากตัวแปรสภาพแวดล้อม: ตั้ง THUNGNGOEN_SECRET_KEY เป็นกุญแจใหม่ และย้ายกุญแจเดิมไป"
                " THUNGNGOEN_OLD_SECRET_KEYS / the keys come from the environment: set"
                " THUNGNGOEN_SECRET_KEY to a new key (`keys generate`) and move the old one to"
                " THUNGNGOEN_OLD_SECRET_KEYS"
            )
        )
    keyring.write_ring_file(ring.file, f"{keyring.generate_key()}\n{ring.text()}")
    rotated = keyring.ring_from_text(ring.file.read_text(), str(ring.file), ring.file)
    new = keys.open_database(engine, rotated)
    console.print(f"[green]new current key {new.current.id}[/green] in {ring.file}")
    console.print("restart the server; then `thungngoen keys rekey` (see `keys status`)")


@app.command()
def status(database_url: DatabaseUrl = None) -> None:
    """Which keys the data needs, and how many PINs still use each older key."""
    engine = engine_for(database_url)
    ring = keyring.active_ring()
    with read_transaction(engine) as connection:
        uses = keys.key_status(connection, ring)
    table = Table(title=f"secret keys ({ring.source})")
    for column in ("key", "role", "in the ring", "lookup key sealed", "PINs"):
        table.add_column(column)
    for use in uses:
        role = "current" if use.current else "older"
        ring_mark = "yes" if use.in_ring else "[red]MISSING[/red]"
        table.add_row(use.key_id, role, ring_mark, "yes" if use.recorded else "-", str(use.pins))
    console.print(table)


@app.command()
def rekey(
    database_url: DatabaseUrl = None,
    reset_pins: Annotated[
        bool, typer.Option(help="Reset PINs still under older keys (their members set anew).")
    ] = False,
) -> None:
    """Move the data to the current key and say which older keys may leave the ring."""
    engine = engine_for(database_url)
    ring = keyring.active_ring()
    result = write_transaction(
        engine, lambda connection: keys.rekey(connection, ring, reset_pins=reset_pins)
    )
    for key_id in result.retired:
        console.print(f"[green]key {key_id} is no longer needed[/green]: remove it from the ring")
    for key_id, pins in result.pending.items():
        console.print(
            f"[yellow]key {key_id} still hashes {pins} PIN(s)[/yellow]: they move to the"
            " current key at their next payment (or run with --reset-pins)"
        )
    if not result.pending:
        console.print("[green bold]all data uses the current key[/green bold]")
