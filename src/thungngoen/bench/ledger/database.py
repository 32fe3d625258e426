"""Benchmark databases: a SQLite file under ``var/bench/`` or a PostgreSQL schema of our own.

A PostgreSQL URL is never used as given: the benchmark drops and re-creates a schema named
``thungngoen_bench_<name>`` in it and points every connection there (``search_path``), with
``synchronous_commit=on`` forced per session, so other data is never touched and commits
are durable whatever the server default.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy import Engine, func, select, text
from sqlalchemy.engine import make_url

from thungngoen.config import Settings
from thungngoen.db import create_db_engine
from thungngoen.db.engine import normalize_url
from thungngoen.db.migrate import upgrade
from thungngoen.ledger.tables import accounts

BENCH_DIR = Path("var/bench")
Synchronous = Literal["OFF", "NORMAL", "FULL", "EXTRA"]
DURABLE_SQLITE = ("FULL", "EXTRA")
_SQLITE_LEVELS = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}


class BenchError(RuntimeError):
    """The benchmark cannot run as asked (a database in the way, a failed client)."""


@dataclass(frozen=True, slots=True)
class Target:
    """Where a benchmark writes: ``url`` for the engine, ``owned`` if we may wipe it."""

    url: str
    owned: bool
    schema: str | None = None
    base_url: str | None = None

    @property
    def backend(self) -> str:
        return make_url(self.url).get_backend_name()

    @property
    def display(self) -> str:
        """The URL without password or connection options, for reports."""
        parsed = make_url(self.url).set(query={})
        shown = parsed.render_as_string(hide_password=True)
        return f"{shown} (schema {self.schema})" if self.schema else shown


def sqlite_file_url(path: Path) -> str:
    return f"sqlite:///{path}"


def target_for(database_url: str | None, name: str) -> Target:
    """The database a benchmark called ``name`` uses (no side effects)."""
    if database_url is None:
        return Target(sqlite_file_url(BENCH_DIR / f"{name}.db"), owned=True)
    url = normalize_url(database_url)
    if make_url(url).get_backend_name() == "sqlite":
        return Target(url, owned=False)
    schema = f"thungngoen_bench_{name}"
    options = f"-csearch_path={schema} -csynchronous_commit=on"
    parsed = make_url(url)
    extra = parsed.query.get("options")
    if isinstance(extra, str) and extra:
        options = f"{extra} {options}"
    scoped = parsed.update_query_dict({"options": options})
    return Target(scoped.render_as_string(hide_password=False), True, schema, url)


def bench_engine(target: Target, synchronous: Synchronous = "FULL") -> Engine:
    settings = Settings(database_url=target.url, sqlite_synchronous=synchronous)
    return create_db_engine(target.url, settings=settings)


def reset(target: Target) -> None:
    """Wipe a database the benchmark owns: delete the SQLite file, or re-create the schema."""
    if not target.owned:
        raise BenchError(f"refusing to wipe {target.display}: it was not created by the bench")
    if target.schema is None:
        remove_sqlite_files(Path(make_url(target.url).database or ""))
        return
    _schema_ddl(target, f'DROP SCHEMA IF EXISTS "{target.schema}" CASCADE')
    _schema_ddl(target, f'CREATE SCHEMA "{target.schema}"')


def ensure_schema(target: Target) -> None:
    """Create the bench's PostgreSQL schema if it is not there (keeping what it holds)."""
    if target.schema is not None:
        _schema_ddl(target, f'CREATE SCHEMA IF NOT EXISTS "{target.schema}"')


def _schema_ddl(target: Target, statement: str) -> None:
    admin = create_db_engine(target.base_url)
    try:
        with admin.begin() as connection:
            connection.execute(text(statement))
    finally:
        admin.dispose()


def remove_sqlite_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def migrate(engine: Engine) -> None:
    upgrade(engine)


def account_count(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(accounts)).scalar_one())


def fresh(target: Target, synchronous: Synchronous) -> Engine:
    """A migrated, empty ledger at ``target`` (wiped first if the bench owns it)."""
    if target.owned:
        reset(target)
    engine = bench_engine(target, synchronous)
    migrate(engine)
    if account_count(engine):
        engine.dispose()
        raise BenchError(
            f"{target.display} already holds ledger accounts; give an empty database "
            "(or no --database-url to use a fresh file under var/bench/)"
        )
    return engine


@dataclass(frozen=True, slots=True)
class Durability:
    setting: str
    durable: bool


def durability(engine: Engine) -> Durability:
    """What a commit on this engine's connections waits for, read back from the database."""
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            level = int(connection.exec_driver_sql("PRAGMA synchronous").scalar_one())
            name = _SQLITE_LEVELS.get(level, str(level))
            return Durability(f"synchronous={name}", name in DURABLE_SQLITE)
        commit = str(connection.exec_driver_sql("SHOW synchronous_commit").scalar_one())
        fsync = str(connection.exec_driver_sql("SHOW fsync").scalar_one())
        durable = commit in ("on", "remote_apply", "remote_write", "local") and fsync == "on"
        return Durability(f"synchronous_commit={commit}, fsync={fsync}", durable)
