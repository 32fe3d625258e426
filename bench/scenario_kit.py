"""What the scenarios of ``run_all.py`` share: where PostgreSQL is, the console they
print on, and the small helpers of their figures."""

import dataclasses
import sys
from pathlib import Path
from typing import Any

import psycopg
from rich.console import Console
from sqlalchemy.engine import make_url

from thungngoen.bench.ledger.targets import Figure

PG_DEFAULT = "postgresql://postgres@127.0.0.1:5432/test"
SUMMARY = Path("var/bench/summary.json")
console = Console() if sys.stdout.isatty() else Console(width=120)
Outcome = tuple[dict[str, Any] | None, list[Figure]]


def note(message: str) -> None:
    console.print(f"[dim]{message}[/dim]")


def pg_unreachable(url: str) -> str | None:
    """None if PostgreSQL answers at ``url``, else why not."""
    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    try:
        with psycopg.connect(plain, connect_timeout=3) as connection:
            connection.execute("SELECT 1")
    except psycopg.Error as error:
        return (str(error).strip().splitlines() or ["error"])[0]
    return None


def with_note(figure: Figure, text: str) -> Figure:
    return dataclasses.replace(figure, note=text)
