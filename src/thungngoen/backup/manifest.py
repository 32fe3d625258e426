"""What a backup says about itself: when, which schema, how many transfers, which keys,
and the SHA-256 of each file — checked on restore before anything is written."""

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import Connection, func, select, text

from thungngoen.checks import run_checks
from thungngoen.keys import needed_key_ids
from thungngoen.ledger.tables import transfers

MANIFEST = "manifest.json"
KEYS = "secret.keys"
FORMAT = 1


class BackupError(RuntimeError):
    """A backup or restore refused; the message says why, in Thai and in English."""


@dataclass(frozen=True)
class Facts:
    """What the data holds, read in one snapshot."""

    schema_revision: str
    transfers: int
    max_transfer_id: int
    key_fingerprints: list[str]


@dataclass(frozen=True)
class Manifest:
    created_at: str
    backend: str
    database_file: str
    facts: Facts
    ring_fingerprints: list[str]
    files: dict[str, str] = field(default_factory=dict)
    format: int = FORMAT


def read_facts(connection: Connection) -> Facts:
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    count, top = connection.execute(select(func.count(), func.max(transfers.c.id))).one()
    keys = sorted(needed_key_ids(connection))
    return Facts(str(revision), int(count), int(top or 0), keys)


def check_copy(connection: Connection, expected: Facts) -> None:
    """The copy keeps every invariant ``thungngoen verify`` checks and holds what the
    manifest says (a copy that lost the WAL's transfers has fewer): else ``BackupError``."""
    failed = [f"{r.name}: {r.violations[:3]}" for r in run_checks(connection) if not r.ok]
    found = read_facts(connection)
    if found != expected:
        failed.append(f"the copy holds {found}, the manifest says {expected}")
    if failed:
        raise BackupError(
            "สำเนาฐานข้อมูลไม่ครบหรือไม่ถูกต้อง / the database copy is incomplete or broken: "
            + "; ".join(failed)
        )


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_private(path: Path, content: str) -> None:
    """A file only its owner reads: a backup holds the secret keys."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(content)


def save(directory: Path, manifest: Manifest) -> None:
    write_private(directory / MANIFEST, json.dumps(asdict(manifest), indent=2) + "\n")


def load(directory: Path) -> Manifest:
    """The manifest of a backup whose files all still have their recorded SHA-256."""
    path = directory / MANIFEST
    if not path.exists():
        raise BackupError(f"ไม่พบ {path} / {path} is missing: not a Thung Ngoen backup")
    raw = json.loads(path.read_text(encoding="utf-8"))
    if raw.get("format") != FORMAT:
        raise BackupError(f"รูปแบบสำรองไม่รู้จัก / unknown backup format {raw.get('format')}")
    manifest = Manifest(**(raw | {"facts": Facts(**raw["facts"])}))
    for name, expected in manifest.files.items():
        if not (directory / name).exists() or sha256(directory / name) != expected:
            raise BackupError(
                f"ไฟล์ {name} ถูกแก้ไขหรือเสียหาย / {name} does not match its SHA-256 in the"
                " manifest: the backup was altered or damaged"
            )
    return manifest
