"""``take_backup`` and ``restore_backup``: every acknowledged transfer survives a backup
taken while payments commit; a copy that lost data, altered files and the wrong keys are
refused; a database holding data is not overwritten unless forced."""

import json
import shutil
import stat
import threading
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from tests.backup.conftest import Payer, scratch_url, transfer_ids
from tests.keys.conftest import KEY_B
from thungngoen import keyring
from thungngoen.backup import BackupError, restore_backup, take_backup
from thungngoen.backup.sqlite import read_only_engine
from thungngoen.checks import run_checks
from thungngoen.config import get_settings
from thungngoen.db import is_sqlite
from thungngoen.db.migrate import alembic_config


def backup_of(engine: Engine, directory: Path) -> None:
    scratch = None if is_sqlite(engine) else scratch_url(engine, "verify")
    take_backup(engine, directory, scratch)


def test_a_backup_taken_while_payments_commit_restores_with_every_acknowledged_one(
    payer: Payer, target: Engine, tmp_path: Path
) -> None:
    writer = threading.Thread(target=payer.keep_paying)
    writer.start()
    try:
        while len(payer.acknowledged) < 30:
            payer.stop.wait(0.01)
        before = list(payer.acknowledged)
        backup_of(payer.engine, tmp_path / "backup")
    finally:
        payer.stop.set()
        writer.join()
    manifest = restore_backup(tmp_path / "backup", target)
    restored = transfer_ids(target)
    assert set(before) <= restored
    assert len(restored) == manifest.facts.transfers
    assert max(restored) == manifest.facts.max_transfer_id
    assert len(payer.acknowledged) > len(before)  # the writer did run during the backup
    with target.connect() as connection:
        assert all(result.ok for result in run_checks(connection))


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)  # PostgreSQL has no WAL file
def test_the_backup_holds_what_is_still_in_the_wal_and_a_plain_copy_does_not(
    payer: Payer, tmp_path: Path
) -> None:
    payer.pay(20)
    source = Path(str(payer.engine.url.database))
    assert Path(f"{source}-wal").stat().st_size > 0  # the payments are in the WAL only
    plain = tmp_path / "plain.db"
    shutil.copyfile(source, plain)
    take_backup(payer.engine, tmp_path / "backup")
    copies = {
        name: read_only_engine(path)
        for name, path in (("plain", plain), ("backup", tmp_path / "backup" / "thungngoen.db"))
    }
    counts = {name: len(transfer_ids(engine)) for name, engine in copies.items()}
    for engine in copies.values():
        engine.dispose()
    assert counts["backup"] == len(transfer_ids(payer.engine))
    assert counts["plain"] < counts["backup"] - 19  # the plain copy lost the 20 payments


def test_a_copy_that_lost_transfers_is_refused_on_restore(
    payer: Payer, target: Engine, tmp_path: Path
) -> None:
    payer.pay(3)
    backup_of(payer.engine, tmp_path / "backup")
    manifest_path = tmp_path / "backup" / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["facts"]["transfers"] += 1  # as if the copy had lost one the manifest counted
    manifest_path.write_text(json.dumps(manifest))
    with pytest.raises(BackupError, match="incomplete"):
        restore_backup(tmp_path / "backup", target)


def test_altered_files_are_refused_before_anything_is_written(
    payer: Payer, target: Engine, tmp_path: Path
) -> None:
    payer.pay(2)
    backup_of(payer.engine, tmp_path / "backup")
    keys_file = tmp_path / "backup" / "secret.keys"
    keys_file.write_text(keyring.generate_key() + "\n")
    with pytest.raises(BackupError, match="SHA-256"):
        restore_backup(tmp_path / "backup", target)
    assert transfer_ids(payer.engine)  # the source is untouched
    assert "ledger_transfers" not in inspect(target).get_table_names()


def test_a_restore_with_a_key_ring_lacking_the_data_s_keys_is_refused(
    payer: Payer, target: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    payer.pay(2)
    backup_of(payer.engine, tmp_path / "backup")
    monkeypatch.setenv("THUNGNGOEN_SECRET_KEY", KEY_B)
    get_settings.cache_clear()
    try:
        with pytest.raises(BackupError) as refused:
            restore_backup(tmp_path / "backup", target)
    finally:
        get_settings.cache_clear()
    assert "lacks the key" in str(refused.value)
    assert "ไม่มีกุญแจ" in str(refused.value)


def test_a_database_holding_data_is_overwritten_only_when_forced(
    payer: Payer, tmp_path: Path
) -> None:
    payer.pay(2)
    backed_up = transfer_ids(payer.engine)
    backup_of(payer.engine, tmp_path / "backup")
    payer.pay(3)
    later = transfer_ids(payer.engine)
    with pytest.raises(BackupError, match="holds data"):
        restore_backup(tmp_path / "backup", payer.engine)
    assert transfer_ids(payer.engine) == later
    restore_backup(tmp_path / "backup", payer.engine, force=True)
    assert transfer_ids(payer.engine) == backed_up


def test_a_backup_is_private_and_says_what_it_holds(payer: Payer, tmp_path: Path) -> None:
    payer.pay(4)
    directory = tmp_path / "backup"
    backup_of(payer.engine, directory)
    assert stat.S_IMODE(directory.stat().st_mode) == 0o700
    for path in directory.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    manifest = json.loads((directory / "manifest.json").read_text())
    assert manifest["facts"]["transfers"] == len(transfer_ids(payer.engine))
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert manifest["facts"]["schema_revision"] == head
    assert manifest["facts"]["key_fingerprints"] == [keyring.active_ring().current.id]
    assert set(manifest["files"]) == {manifest["database_file"], "secret.keys"}
    with pytest.raises(BackupError, match="not empty"):
        backup_of(payer.engine, directory)
