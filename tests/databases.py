"""Test databases: a fresh migrated SQLite file per test, and a PostgreSQL schema per
test worker (migrated once, emptied between tests).

PostgreSQL tests run when ``THUNGNGOEN_TEST_DATABASE_URL`` is set (``.ci/run`` sets it
and fails if they did not run).
"""

import os
import shutil
import tempfile
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from thungngoen.areas import load_all_tables
from thungngoen.db import create_db_engine, metadata
from thungngoen.db.migrate import upgrade

load_all_tables()  # every table of the core and the areas, for the metadata

PG_URL_VARIABLE = "THUNGNGOEN_TEST_DATABASE_URL"


def _migrate(engine: Engine) -> None:
    """Tests run on exactly the schema the migrations build."""
    upgrade(engine)


def postgres_base_url() -> str | None:
    return os.environ.get(PG_URL_VARIABLE) or None


def postgres_schema_url(schema: str) -> str:
    base = postgres_base_url()
    assert base is not None
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}options=-csearch_path%3D{schema}"


def prepare_postgres_schema(schema: str) -> str:
    """Create ``schema`` afresh, migrate it, and return a URL whose connections use it."""
    admin = create_db_engine(postgres_base_url())
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    url = postgres_schema_url(schema)
    engine = create_db_engine(url)
    _migrate(engine)
    engine.dispose()
    return url


def empty_postgres(engine: Engine) -> None:
    """Empty the tables a test wrote to and restart every sequence it drew from, as a
    fresh schema has them. Only the tables holding rows are touched, children before
    parents, with DELETE: a TRUNCATE of them all (some ninety, CASCADE reaching most)
    costs a third of a second, more than most tests; deleting a test's few rows, a few
    milliseconds. The append-only guards of the audit log and the ledger are triggers,
    which ``session_replication_role = replica`` leaves asleep in this transaction only
    (the tests' role is a superuser, as CI's is)."""
    ordered = list(reversed(metadata.sorted_tables))
    holding = " UNION ALL ".join(
        f'SELECT {index} WHERE EXISTS (SELECT 1 FROM "{table.name}")'
        for index, table in enumerate(ordered)
    )
    with engine.begin() as connection:
        connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
        for index in sorted(connection.exec_driver_sql(holding).scalars()):
            connection.exec_driver_sql(f'DELETE FROM "{ordered[index].name}"')
        connection.execute(
            text(
                "SELECT setval(quote_ident(schemaname) || '.' || quote_ident(sequencename),"
                " 1, false) FROM pg_sequences"
                " WHERE schemaname = current_schema() AND last_value IS NOT NULL"
            )
        )


def migrated_sqlite_template(directory: Path) -> Path:
    template = directory / "template.db"
    if not template.exists():
        engine = create_db_engine(f"sqlite:///{template}")
        _migrate(engine)
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        engine.dispose()
    return template


def fresh_sqlite_url(template: Path, directory: Path) -> str:
    target = directory / "ledger.db"
    shutil.copyfile(template, target)
    return f"sqlite:///{target}"


def reset_database(url: str, sqlite_template: Path) -> str:
    """An empty database like the one at ``url``, for the next example of a test.

    SQLite gets a fresh copy of the migrated template beside the file of ``url`` (a new
    file, so that a connection a failed example left open cannot see it replaced);
    PostgreSQL is truncated and keeps its URL.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        assert parsed.database is not None
        directory = Path(parsed.database).parent
        return fresh_sqlite_url(sqlite_template, Path(tempfile.mkdtemp(dir=directory)))
    engine = create_db_engine(url)
    empty_postgres(engine)
    engine.dispose()
    return url
