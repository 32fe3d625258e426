"""Fixtures: every database test runs on SQLite and, when configured, on PostgreSQL."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests import databases
from thungngoen.db import create_db_engine
from thungngoen.db.writer import detach_writer

BACKENDS = ["sqlite", "postgresql"]

# Password hashing at production cost would dominate a suite that creates hundreds of
# users; the hash parameters are a setting, lowered for tests only.
os.environ.setdefault("THUNGNGOEN_ARGON2_TIME_COST", "1")
os.environ.setdefault("THUNGNGOEN_ARGON2_MEMORY_KIB", "1024")
# One strong secret key for the whole session and the servers it starts (never var/):
# a key file beside each test database would give each test its own key (decision 0019).
os.environ.setdefault("THUNGNGOEN_SECRET_KEY", "tests-only-secret-key-0123456789-abcdefghijkl")
# Likewise one Web Push (VAPID) key, so no test makes a vapid.pem (decision 0040).
os.environ.setdefault("THUNGNGOEN_VAPID_PRIVATE_KEY", "JY15tZxobmeRYt7KDGEeRMaVZYyUYOyv0kEZgtf-isg")
os.environ.setdefault("THUNGNGOEN_VAPID_SUBJECT", "mailto:operator@example.org")
# Rich sizes tables to the terminal; CLI tests read the output, so give them a wide one.
os.environ["COLUMNS"] = "200"
# The demo operator's PromptPay ID, set explicitly: without one top-ups are refused.
os.environ.setdefault("THUNGNGOEN_OPERATOR_PROMPTPAY_ID", "0800000000")


def _worker() -> str:
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return databases.migrated_sqlite_template(tmp_path_factory.mktemp("template"))


@pytest.fixture(scope="session")
def postgres_url() -> str:
    if databases.postgres_base_url() is None:
        pytest.skip(f"PostgreSQL tests need {databases.PG_URL_VARIABLE}")
    return databases.prepare_postgres_schema(f"thungngoen_test_{_worker()}")


@pytest.fixture(params=BACKENDS)
def database_url(
    request: pytest.FixtureRequest, sqlite_template: Path, tmp_path: Path
) -> Iterator[str]:
    """A URL of an empty, migrated database (one per test)."""
    if request.param == "sqlite":
        yield databases.fresh_sqlite_url(sqlite_template, tmp_path)
        return
    url: str = request.getfixturevalue("postgres_url")
    engine = create_db_engine(url)
    databases.empty_postgres(engine)
    engine.dispose()
    yield url


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = create_db_engine(database_url)
    yield engine
    detach_writer(engine)  # an app built on it starts a writer thread holding a connection
    engine.dispose()
