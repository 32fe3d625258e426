"""``thungngoen backup``: copy the database while it runs, with the keys its data needs
and a manifest, and check the copy as ``verify`` does before calling it a backup."""

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine

from thungngoen import keyring
from thungngoen.backup import postgres, sqlite
from thungngoen.backup.manifest import (
    KEYS,
    BackupError,
    Facts,
    Manifest,
    check_copy,
    read_facts,
    save,
    sha256,
    write_private,
)
from thungngoen.db import is_sqlite

SQLITE_FILE = "thungngoen.db"
DUMP_FILE = "thungngoen.dump"


def _prepare(directory: Path) -> None:
    if directory.exists() and any(directory.iterdir()):
        raise BackupError(
            f"{directory} มีไฟล์อยู่แล้ว / {directory} is not empty: a backup goes to a new directory"
        )
    directory.mkdir(parents=True, exist_ok=True)
    directory.chmod(0o700)  # it holds the secret keys


def _sqlite_copy(engine: Engine, directory: Path) -> Facts:
    target = directory / SQLITE_FILE
    sqlite.copy_database(sqlite.database_path(engine), target)
    target.chmod(0o600)
    copy = sqlite.read_only_engine(target)
    try:
        with copy.connect() as connection:
            facts = read_facts(connection)
            check_copy(connection, facts)
    finally:
        copy.dispose()
    return facts


def _postgres_copy(engine: Engine, directory: Path, scratch: str | None) -> Facts:
    target = directory / DUMP_FILE
    snapshot = engine.connect().execution_options(isolation_level="REPEATABLE READ")
    with snapshot as connection, connection.begin():
        facts = read_facts(connection)
        postgres.dump(connection, target)
    target.chmod(0o600)
    postgres.list_dump(target)
    if scratch:
        url = postgres.scratch_url(scratch, engine)
        postgres.restore(target, url)
        copy = create_engine(url)
        try:
            with copy.connect() as connection:
                check_copy(connection, facts)
        finally:
            copy.dispose()
    return facts


def take_backup(engine: Engine, directory: Path, scratch_url: str | None = None) -> Manifest:
    """Back up the database of ``engine`` (its keys opened) into a new ``directory``."""
    ring = keyring.active_ring()
    _prepare(directory)
    if is_sqlite(engine):
        facts, name = _sqlite_copy(engine, directory), SQLITE_FILE
    else:
        facts, name = _postgres_copy(engine, directory, scratch_url), DUMP_FILE
    missing = set(facts.key_fingerprints) - ring.ids
    if missing:
        raise BackupError(f"ชุดกุญแจไม่ครบ / the key ring lacks {sorted(missing)}")
    write_private(directory / KEYS, ring.text())
    manifest = Manifest(
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        backend=engine.dialect.name,
        database_file=name,
        facts=facts,
        ring_fingerprints=[key.id for key in ring.keys],
    )
    files = {file: sha256(directory / file) for file in (name, KEYS)}
    save(directory, replace(manifest, files=files))
    return replace(manifest, files=files)
