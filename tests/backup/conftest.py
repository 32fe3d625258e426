"""Backups: a funded wallet world, transfers committed on demand, and a target database
to restore into (a new SQLite file, or a scratch PostgreSQL database of this worker)."""

import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, create_engine, select, text
from sqlalchemy.engine import make_url

from tests import databases
from tests.wallet.conftest import funded, world
from thungngoen import keys, ledger
from thungngoen.db import create_db_engine, is_sqlite, read_transaction, write_transaction
from thungngoen.ledger.tables import transfers

__all__ = ["Payer", "funded", "scratch_url", "target_url", "transfer_ids", "world"]


def transfer_ids(engine: Engine) -> set[int]:
    with read_transaction(engine) as connection:
        return set(connection.execute(select(transfers.c.id)).scalars())


@dataclass
class Payer:
    """Somsri pays Anan one satang at a time; ``acknowledged`` are the committed ids."""

    engine: Engine
    payer: int
    payee: int
    acknowledged: list[int] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def pay(self, times: int = 1) -> None:
        for _ in range(times):
            done = write_transaction(self.engine, self._one)
            self.acknowledged.append(done.id)

    def _one(self, connection: Connection) -> ledger.Transfer:
        request = ledger.TransferRequest(self.payer, self.payee, 1, "SKC", "payment")
        return ledger.post_transfer(connection, request)

    def keep_paying(self) -> None:
        while not self.stop.is_set():
            self.pay()


@pytest.fixture
def payer(funded: object, engine: Engine) -> Payer:
    keys.open_database(engine)  # as the server does at start
    w = funded
    return Payer(engine, w.somsri.account_id, w.anan.account_id)  # type: ignore[attr-defined]


def scratch_url(engine: Engine, name: str) -> str:
    """A new, empty PostgreSQL database named after this worker, read through the same
    schema as ``engine``'s URL."""
    base = make_url(str(databases.postgres_base_url()))
    database = f"{base.database}_{name}_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"
    admin = create_engine(base.set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{database}"'))
    admin.dispose()
    url = base.set(database=database)
    options = engine.url.query.get("options")
    if options:
        url = url.update_query_dict({"options": options})
    return url.render_as_string(hide_password=False)


@pytest.fixture
def target_url(engine: Engine, tmp_path: Path) -> str:
    """Where a restore goes: a new database of the engine's kind."""
    if is_sqlite(engine):
        return f"sqlite:///{tmp_path / 'restored' / 'thungngoen.db'}"
    return scratch_url(engine, "restore")


@pytest.fixture
def target(target_url: str) -> Iterator[Engine]:
    engine = create_db_engine(target_url)
    yield engine
    engine.dispose()
