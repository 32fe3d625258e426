"""Scenario (f) of ``bench/run_all.py``: the simulator at full size on a fresh SQLite
file, which it leaves in place as a big pilot ledger for the circulation benchmarks."""

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from thungngoen import keys
from thungngoen.checks import run_checks
from thungngoen.db import create_db_engine, read_transaction
from thungngoen.db.migrate import upgrade
from thungngoen.simulation.runner import Progress, Summary, simulate
from thungngoen.simulation.world import SimulationConfig

SIMULATED_DB = Path("var/bench/simulated.db")
FULL = SimulationConfig(members=5_000, merchants=300, days=90, seed=2026, start=date(2026, 1, 1))


@dataclass(frozen=True, slots=True)
class BenchRun:
    summary: Summary
    violations: list[str]
    cpu_seconds: float


def run_simulation_bench(config: SimulationConfig, path: Path, progress: Progress) -> BenchRun:
    """Simulate ``config`` into a fresh SQLite file at ``path``, then verify it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    engine = create_db_engine(f"sqlite:///{path}")
    upgrade(engine)
    keys.open_database(engine)  # this database's keys, as the server will use them
    cpu = os.times()
    summary = simulate(engine, config, progress)
    used = os.times()
    assert summary is not None, "a fresh database holds no simulation"
    with read_transaction(engine) as connection:
        results = run_checks(connection)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    violations = [f"{r.name}: {v}" for r in results for v in r.violations]
    return BenchRun(summary, violations, used.user + used.system - cpu.user - cpu.system)


def bench_json(run: BenchRun, config: SimulationConfig, path: Path) -> dict[str, Any]:
    summary = run.summary
    return {
        "members": summary.members,
        "merchants": sum(summary.merchants.values()),
        "agents": summary.agents,
        "days": summary.days,
        "seed": config.seed,
        "transfers": summary.transfers,
        "seconds": summary.seconds,
        "cpu_seconds": run.cpu_seconds,
        "transfers_per_second": summary.transfers / summary.seconds,
        "coin_outstanding": summary.coin_outstanding,
        "counts": summary.counts,
        "invariant_violations": len(run.violations),
        "database": str(path),
    }
