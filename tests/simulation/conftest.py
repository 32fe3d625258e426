"""A tiny simulated pilot (40 members, 6 shops, 5 days) on each database, built once per
test module: its tests only read it."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests import databases
from tests.conftest import BACKENDS
from thungngoen.db import create_db_engine
from thungngoen.simulation.runner import Summary, simulate
from thungngoen.simulation.world import SimulationConfig

TINY = SimulationConfig(members=40, merchants=6, days=5, seed=11, start=date(2026, 3, 2))


@dataclass(frozen=True)
class Simulated:
    engine: Engine
    config: SimulationConfig
    summary: Summary


def run(engine: Engine, config: SimulationConfig = TINY) -> Summary:
    summary = simulate(engine, config)
    assert summary is not None
    return summary


@pytest.fixture(scope="module", params=BACKENDS)
def simulated(
    request: pytest.FixtureRequest, sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Simulated]:
    if request.param == "sqlite":
        url = databases.fresh_sqlite_url(sqlite_template, tmp_path_factory.mktemp("simulated"))
    else:
        url = request.getfixturevalue("postgres_url")
        databases.reset_database(url, sqlite_template)
    engine = create_db_engine(url)
    yield Simulated(engine, TINY, run(engine))
    engine.dispose()
