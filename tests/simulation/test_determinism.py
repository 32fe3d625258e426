"""The same seed and start build the identical ledger; another seed another one."""

import dataclasses
import hashlib
from pathlib import Path

from sqlalchemy import select

from tests import databases
from tests.simulation.conftest import TINY, run
from thungngoen.db import create_db_engine, read_transaction
from thungngoen.ledger.tables import transfers
from thungngoen.simulation.world import SimulationConfig


def ledger_digest(sqlite_template: Path, directory: Path, config: SimulationConfig) -> str:
    """SHA-256 of every column of every transfer of a fresh simulation, in id order."""
    directory.mkdir()
    engine = create_db_engine(databases.fresh_sqlite_url(sqlite_template, directory))
    run(engine, config)
    digest = hashlib.sha256()
    with read_transaction(engine) as connection:
        for row in connection.execute(select(transfers).order_by(transfers.c.id)):
            digest.update(repr(tuple(row)).encode())
    engine.dispose()
    return digest.hexdigest()


def test_same_seed_same_ledger(sqlite_template: Path, tmp_path: Path) -> None:
    first = ledger_digest(sqlite_template, tmp_path / "first", TINY)
    second = ledger_digest(sqlite_template, tmp_path / "second", TINY)
    other = ledger_digest(sqlite_template, tmp_path / "other", dataclasses.replace(TINY, seed=12))
    assert first == second
    assert other != first
