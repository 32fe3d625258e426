"""SQLite copies through the online backup API: a consistent snapshot that includes what
is still in the WAL, taken while the server keeps writing (a plain file copy is not)."""

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine


def copy_database(source: Path, target: Path) -> None:
    """Copy ``source`` into ``target`` in one step (one read snapshot: WAL readers do not
    block the writers), then make the target a single self-contained file."""
    reading = sqlite3.connect(source, timeout=30)
    writing = sqlite3.connect(target, timeout=30, isolation_level=None)
    try:
        reading.backup(writing)
        writing.execute("PRAGMA journal_mode=DELETE")
    finally:
        reading.close()
        writing.close()


def read_only_engine(path: Path) -> Engine:
    """The copy opened without changing a byte of it (no WAL switch, no journal)."""
    return create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")


def database_path(engine: Engine) -> Path:
    database = engine.url.database
    if not database or database == ":memory:":
        raise ValueError("an in-memory database cannot be backed up")
    return Path(database).resolve()
