"""Scenario (g) of ``bench/run_all.py``: circulation over the simulator's pilot ledger.

1. The full report from nothing: the rollups are emptied, then timed together are the
   first refresh over every transfer and the report over the whole period.
2. The dashboard once the rollups exist: what a public dashboard asks on each view —
   a refresh (nothing new), the summary of the latest month and the monthly series —
   timed ``samples`` times; its p99.
"""

import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select

from thungngoen.circulation import public, rollup
from thungngoen.circulation.measures import circulation_report
from thungngoen.db import create_db_engine, read_transaction, write_transaction
from thungngoen.ledger.bench.stats import percentile
from thungngoen.ledger.tables import transfers


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
        dashboard(engine)  # warm: the first view compiles the statements
        latencies = []
        for _ in range(samples):
            started = time.perf_counter()
            dashboard(engine)
            latencies.append((time.perf_counter() - started) * 1000)
    finally:
        engine.dispose()
    latencies.sort()
    return {
        "transfers": count,
        "rollup_seconds": rolled_up,
        "full_report_seconds": full,
        "days": (report.last_day - report.first_day).days + 1,
        "lm3": report.lm3.value,
        "velocity": report.velocity,
        "leakage": report.leakage,
        "average_hops": report.average_hops,
        "dashboard_samples": samples,
        "dashboard_p50_ms": percentile(latencies, 50),
        "dashboard_p99_ms": percentile(latencies, 99),
    }


def dashboard(engine: Engine) -> None:
    """One view of the public dashboard: the latest month and the months' trend."""
    rollup.refresh(engine)
    with read_transaction(engine) as connection:
        first, last = public.months(connection, None, None)
        latest = f"{last:%Y-%m}"
        public.public_summary(connection, latest, latest)
        public.public_series(connection, f"{first:%Y-%m}", latest)
