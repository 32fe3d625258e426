"""``thungngoen restore``: a checked backup into an empty database, with its keys."""

from pathlib import Path

from sqlalchemy import Engine, inspect, text

from thungngoen import keyring, keys
from thungngoen.backup import postgres, sqlite
from thungngoen.backup.manifest import KEYS, BackupError, Manifest, check_copy, load
from thungngoen.config import get_settings
from thungngoen.db import is_sqlite, read_transaction

BOOKKEEPING = {"alembic_version", "secret_keys", "system_health"}


def holds_data(engine: Engine) -> bool:
    """Whether any table but the schema's own bookkeeping has a row."""
    names = set(inspect(engine).get_table_names()) - BOOKKEEPING
    with engine.connect() as connection:
        return any(
            connection.execute(text(f'SELECT 1 FROM "{name}" LIMIT 1')).first() for name in names
        )


def _ring_for(engine: Engine, manifest: Manifest, saved: keyring.KeyRing) -> keyring.KeyRing:
    """The keys this server will use, which must hold every key the data needs; when no
    key-ring file exists yet, the backup's ring is written there (owner-only)."""
    url = engine.url.render_as_string(hide_password=False)
    needed = set(manifest.facts.key_fingerprints)
    path = keyring.key_file_for(url, get_settings())
    if path is not None and not path.exists():
        keyring.write_ring_file(path, saved.text())
    ring = keyring.load_ring(url, create=False)
    missing = needed - ring.ids
    if missing:
        raise BackupError(
            f"ชุดกุญแจของเครื่องนี้ ({ring.source}) ไม่มีกุญแจ {sorted(missing)} ที่ข้อมูลสำรองต้องใช้ /"
            f" the key ring here ({ring.source}) lacks the key(s) {sorted(missing)} the"
            f" backup's data was written with: use the backup's {KEYS}"
        )
    return ring


def restore_backup(directory: Path, engine: Engine, *, force: bool = False) -> Manifest:
    """Check the backup, then put it into the (empty, unless ``force``) database."""
    manifest = load(directory)
    saved = keyring.ring_from_text((directory / KEYS).read_text(), str(directory / KEYS))
    if manifest.backend != engine.dialect.name:
        raise BackupError(f"สำรองนี้เป็น {manifest.backend} / this backup is {manifest.backend}")
    if not set(manifest.facts.key_fingerprints) <= saved.ids:
        raise BackupError(f"{KEYS} ไม่ครบ / the backup's {KEYS} lacks keys its data needs")
    ring = _ring_for(engine, manifest, saved)
    if not force and holds_data(engine):
        raise BackupError(
            "ฐานข้อมูลปลายทางมีข้อมูลอยู่แล้ว (ใช้ --force เพื่อเขียนทับ) / the target database"
            " holds data: restore into a new one, or overwrite it with --force"
        )
    source = directory / manifest.database_file
    if is_sqlite(engine):
        engine.dispose()
        sqlite.copy_database(source, sqlite.database_path(engine))
    else:
        postgres.restore(source, engine.url)
    with read_transaction(engine) as connection:
        check_copy(connection, manifest.facts)
    keys.open_database(engine, ring)
    return manifest
