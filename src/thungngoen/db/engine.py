"""Engine creation for the embedded SQLite default and for PostgreSQL (psycopg 3).

SQLite is put in WAL mode with foreign keys on and a busy timeout. The driver's own
transaction handling is switched off so that we can emit ``BEGIN IMMEDIATE`` for writes:
a deferred ``BEGIN`` that later upgrades to a write lock can fail with SQLITE_BUSY without
waiting, whereas ``BEGIN IMMEDIATE`` queues behind the busy timeout.
"""

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from thungngoen.config import Settings, get_settings

WRITE_OPTION = "thungngoen_write"


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def normalize_url(url: str) -> str:
    """Accept plain ``postgresql://`` URLs and use psycopg 3 for them."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def create_db_engine(url: str | None = None, settings: Settings | None = None) -> Engine:
    settings = settings or get_settings()
    url = normalize_url(url or settings.database_url)
    if make_url(url).get_backend_name() == "sqlite":
        return _sqlite_engine(url, settings)
    return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)


def _sqlite_engine(url: str, settings: Settings) -> Engine:
    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"isolation_level": None, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(settings.sqlite_busy_timeout_ms)}")
        cursor.execute(f"PRAGMA synchronous={settings.sqlite_synchronous}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        writing = connection.get_execution_options().get(WRITE_OPTION, False)
        driver_connection = connection.connection.driver_connection
        driver_connection.execute("BEGIN IMMEDIATE" if writing else "BEGIN")

    return engine
