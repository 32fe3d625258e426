"""Scenario (g) of ``bench/run_all.py``: circulation over the simulator's pilot ledger.

1. The full report from nothing: the rollups are emptied, then timed together are the
   first refresh over every transfer and the report over the whole period.
2. The public page, ``GET /circulation`` in process (``TestClient``), the rollups
   up to date: ``samples`` views after a warm-up, the board from its cache
   (``public_cache``), then ``samples`` cold views (the cache emptied before each). Every
   view refreshes (nothing new), reads the reserve and renders the page.
"""

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select

from thungngoen.bench.ledger.stats import percentile
from thungngoen.circulation import public_cache, rollup
from thungngoen.circulation.measures import circulation_report
from thungngoen.db import create_db_engine, read_transaction, write_transaction
from thungngoen.db.writer import detach_writer
from thungngoen.ledger.tables import transfers
from thungngoen.web.app import create_app, for_serving

PAGE = "/circulation"


def run_circulation_bench(path: Path, samples: int = 200) -> dict[str, Any]:
    engine = create_db_engine(f"sqlite:///{path}")
    try:
        with read_transaction(engine) as connection:
            count = connection.execute(select(func.count()).select_from(transfers)).scalar_one()
        write_transaction(engine, rollup.reset)
        with engine.connect() as connection:  # the reset's pages are not the rollup's
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        started = time.perf_counter()
        rollup.refresh(engine)
        rolled_up = time.perf_counter() - started
        with read_transaction(engine) as connection:
            report = circulation_report(connection)
        full = time.perf_counter() - started
        page = page_timings(engine, samples)
    finally:
        engine.dispose()
    return {
        "transfers": count,
        "rollup_seconds": rolled_up,
        "full_report_seconds": full,
        "days": (report.last_day - report.first_day).days + 1,
        "lm3": report.lm3.value,
        "velocity": report.velocity,
        "leakage": report.leakage,
        "average_hops": report.average_hops,
        **page,
    }


def page_timings(engine: Engine, samples: int) -> dict[str, Any]:
    """p50 and p99 of ``samples`` views of the public page from the cache (``page_…``)
    and of as many cold views (``page_cold_…``), in milliseconds."""
    client = TestClient(for_serving(create_app(engine)))
    try:
        view(client)  # warm: compiles the statements, fills the cache
        cached = sorted(view(client) for _ in range(samples))
        cold = sorted(view(client, before=public_cache.clear) for _ in range(samples))
    finally:
        detach_writer(engine)
    return {
        "page_samples": samples,
        "page_p50_ms": percentile(cached, 50),
        "page_p99_ms": percentile(cached, 99),
        "page_cold_p50_ms": percentile(cold, 50),
        "page_cold_p99_ms": percentile(cold, 99),
    }


def view(client: TestClient, before: Callable[[], None] | None = None) -> float:
    """One ``GET /circulation``, in milliseconds (``before`` runs untimed)."""
    if before is not None:
        before()
    started = time.perf_counter()
    response = client.get(PAGE)
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        raise RuntimeError(f"{PAGE} answered {response.status_code}")
    return elapsed
